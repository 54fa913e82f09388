package org.intdesigner.model.csv.raci;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.intdesigner.model.AccountabilityItem;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.RaciAssignment;
import org.intdesigner.model.io.ModelFiles;
import org.intdesigner.model.samples.ExamplePlace;

/** The example place in an editing domain, and the assignments of a model in comparable form. */
final class RaciTestModels {

	private RaciTestModels() {
	}

	static IntdModel example() {
		IntdModel model = ExamplePlace.create();
		Resource resource = ModelFiles.newResourceSet().createResource(org.eclipse.emf.common.util.URI.createURI("memory:/example.intd"));
		resource.getContents().add(model);
		return model;
	}

	static EditingDomain domainOf(IntdModel model) {
		return new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(),
				model.eResource().getResourceSet());
	}

	static AccountabilityItem item(IntdModel model, String code) {
		return model.getAccountabilities().stream().filter(i -> code.equals(i.getCode())).findFirst().orElseThrow();
	}

	/** item id -> "party id=code" entries, sorted: equal when two models hold the same assignments. */
	static Map<String, Set<String>> assignments(IntdModel model) {
		Map<String, Set<String>> all = new TreeMap<>();
		for (AccountabilityItem item : model.getAccountabilities()) {
			Set<String> cells = new TreeSet<>();
			for (RaciAssignment assignment : item.getAssignments()) {
				cells.add(assignment.getParty().getId() + "=" + assignment.getCode());
			}
			all.put(item.getId(), cells);
		}
		return all;
	}

	static List<String> ids(List<? extends org.intdesigner.model.Identified> objects) {
		return objects.stream().map(org.intdesigner.model.Identified::getId).toList();
	}
}
