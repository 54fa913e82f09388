package org.intdesigner.planning.ui.scenarios;

import java.nio.file.Path;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.PartInitException;
import org.intdesigner.model.IntdFactory;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Organisation;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;
import org.intdesigner.model.compare.Scenarios;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExamplePlace;
import org.intdesigner.model.samples.ExampleScenario;
import org.intdesigner.testsupport.ui.UiDriver;
import org.intdesigner.ui.editor.ModelEditor;
import org.intdesigner.ui.files.PathEditorInput;
import org.intdesigner.ui.model.OpenModel;

/** The example place and scenarios of it on disk, opened in model editors and edited by commands, as a user would. */
final class ScenarioFixture {

	private final UiDriver driver;
	private final Path folder;

	ScenarioFixture(UiDriver driver, Path folder) {
		this.driver = driver;
		this.folder = folder;
	}

	/** The example place saved as riverside.intd. */
	Path baseline() throws Exception {
		Path file = folder.resolve("riverside.intd");
		if (!file.toFile().exists()) {
			ModelFiles.saveNew(ExamplePlace.create(), file);
		}
		return file;
	}

	/** A scenario of the example saved as {@code name}.intd beside it, naming it as its baseline. */
	Path scenario(String name) throws Exception {
		return scenario(name, name);
	}

	/** A scenario named {@code name} of the example saved as {@code fileName}.intd beside it. */
	Path scenario(String fileName, String name) throws Exception {
		Path base = baseline();
		Path file = folder.resolve(fileName + ".intd");
		ModelFiles.saveNew(Scenarios.newScenario(ModelFiles.load(base).model(), name, base, file), file);
		return file;
	}

	/** The scenario the product ships (Docklands in two MDTs) saved beside the example place. */
	Path shippedScenario() throws Exception {
		Path base = baseline();
		Path file = folder.resolve("riverside-docklands-two-mdts.intd");
		ModelFiles.saveNew(ExampleScenario.of(ModelFiles.load(base).model(), base, file), file);
		return file;
	}

	ModelEditor open(Path file) {
		return driver.ui().call(() -> {
			try {
				return (ModelEditor) driver.page().openEditor(new PathEditorInput(file), ModelEditor.ID);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	void execute(OpenModel model, Command command) {
		driver.ui().run(() -> {
			if (!command.canExecute()) {
				throw new AssertionError("cannot execute " + command.getLabel());
			}
			model.getCommandStack().execute(command);
		});
	}

	void set(OpenModel model, EObject owner, org.eclipse.emf.ecore.EStructuralFeature feature, Object value) {
		execute(model, SetCommand.create(model.getDomain(), owner, feature, value));
	}

	void delete(OpenModel model, EObject element) {
		execute(model, DeleteCommand.create(model.getDomain(), element));
	}

	/** Adds a sub-team to {@code parent}; returns it. */
	Team addTeam(OpenModel model, Team parent, String code, String name) {
		Team team = IntdFactory.eINSTANCE.createTeam();
		team.setCode(code);
		team.setName(name);
		execute(model, AddCommand.create(model.getDomain(), parent, IntdPackage.Literals.TEAM__SUB_TEAMS, team));
		return team;
	}

	/**
	 * The Docklands reorganisation of the pictures: a new MDT, an MDT renamed, a post's FTE cut, a post given
	 * another employer and a post closed.
	 */
	void reorganiseDocklands(OpenModel model) {
		IntdModel root = model.getModel();
		Team core = find(root, Team.class, t -> "docklands-core".equals(t.getCode()));
		addTeam(model, core, "docklands-ltc", "Docklands long-term conditions MDT");
		Team frailty = find(root, Team.class, t -> "docklands-frailty".equals(t.getCode()));
		set(model, frailty, IntdPackage.Literals.ELEMENT__NAME, "Docklands frailty and falls MDT");
		java.util.List<Post> posts = root.getPosts().stream()
				.filter(p -> p.getCode() != null && p.getCode().startsWith("docklands-")).toList();
		set(model, posts.get(1), IntdPackage.Literals.POST__FTE, 0.6);
		Organisation other = root.getOrganisations().stream().filter(o -> o != posts.get(2).getEmployer())
				.filter(o -> o.getName().contains("Docklands")).findFirst()
				.orElse(root.getOrganisations().get(0));
		set(model, posts.get(2), IntdPackage.Literals.POST__EMPLOYER, other);
		delete(model, posts.get(3));
	}

	static <T extends EObject> T find(IntdModel model, Class<T> type, Predicate<T> test) {
		for (var contents = model.eAllContents(); contents.hasNext();) {
			EObject next = contents.next();
			if (type.isInstance(next) && test.test(type.cast(next))) {
				return type.cast(next);
			}
		}
		throw new AssertionError("no " + type.getSimpleName() + " as wanted in " + model.getName());
	}
}
