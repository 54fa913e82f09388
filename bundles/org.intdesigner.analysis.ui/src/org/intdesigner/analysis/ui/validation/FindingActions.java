package org.intdesigner.analysis.ui.validation;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.intdesigner.analysis.api.Finding;
import org.intdesigner.analysis.api.QuickFix;
import org.intdesigner.analysis.api.Rule;
import org.intdesigner.analysis.engine.RuleRegistry;
import org.intdesigner.model.Element;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Suppression;

/**
 * What can be done with a finding from its context menu: the rule's quick fixes, suppressing it on
 * its element with a reason (kept in the model, so it travels with the design and shows in
 * reports), taking a suppression back. Every change is a command on the model's stack.
 */
final class FindingActions {

	private final EditingDomain domain;
	private final Shell shell;

	FindingActions(EditingDomain domain, Shell shell) {
		this.domain = domain;
		this.shell = shell;
	}

	void fill(IMenuManager menu, Finding finding) {
		Rule rule = RuleRegistry.getDefault().find(finding.ruleId());
		MenuManager fixes = new MenuManager("Quick Fix");
		if (rule != null && !finding.isSuppressed()) {
			for (QuickFix fix : rule.fixes(finding)) {
				fixes.add(action(fix.label(), () -> execute(fix.createCommand(domain))));
			}
		}
		if (fixes.isEmpty()) {
			Action none = action("(no quick fix for this finding)", () -> {
			});
			none.setEnabled(false);
			fixes.add(none);
		}
		menu.add(fixes);
		menu.add(new Separator());
		if (finding.isSuppressed()) {
			menu.add(action("Remove Suppression", () -> execute(RemoveCommand.create(domain, finding.suppression()))));
		} else {
			Action suppress = action("Suppress on This Element...", () -> suppress(finding));
			suppress.setEnabled(finding.element() instanceof Element);
			menu.add(suppress);
		}
	}

	private void suppress(Finding finding) {
		InputDialog dialog = new InputDialog(shell, "Suppress " + finding.ruleId(),
				"Why is this finding acceptable for '" + finding.elementName() + "'? The reason is kept in the model and shown in reports.",
				"", text -> text.isBlank() ? "Give a reason, so others know why it was accepted." : null);
		if (dialog.open() != Window.OK) {
			return;
		}
		Suppression suppression = IntdFactory.eINSTANCE.createSuppression();
		suppression.setId(UUID.randomUUID().toString());
		suppression.setRuleId(finding.ruleId());
		suppression.setReason(dialog.getValue().trim());
		suppression.setSuppressedBy(System.getProperty("user.name"));
		suppression.setDate(LocalDate.now().toString());
		execute(AddCommand.create(domain, finding.element(), IntdPackage.Literals.ELEMENT__SUPPRESSIONS, suppression));
	}

	private void execute(Command command) {
		if (command != null && command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}
}
