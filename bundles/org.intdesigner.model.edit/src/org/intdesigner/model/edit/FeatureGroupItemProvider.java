package org.intdesigner.model.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.intdesigner.model.IntdModel;

/**
 * A folder under a model's root, one per kind of top-level content ("Posts (412)", "Teams (36)"):
 * a big model opens as a dozen folders, and each list is only read when its folder is opened.
 * The folder is not part of the model; commands on it (new child, paste, drop) act on the model
 * and its list.
 */
public class FeatureGroupItemProvider extends ItemProviderAdapter
		implements IEditingDomainItemProvider, IStructuredItemContentProvider, ITreeItemContentProvider, IItemLabelProvider {

	/** The folders of one model, kept on the model itself so they live exactly as long as it does. */
	private static final class Folders extends AdapterImpl {
		final Map<AdapterFactory, Map<EReference, FeatureGroupItemProvider>> byFactory = new HashMap<>();

		@Override
		public boolean isAdapterForType(Object type) {
			return type == Folders.class;
		}
	}

	private final IntdModel model;
	private final EReference feature;

	private FeatureGroupItemProvider(AdapterFactory adapterFactory, IntdModel model, EReference feature) {
		super(adapterFactory);
		this.model = model;
		this.feature = feature;
	}

	/** The one folder for {@code feature} of {@code model} in the views of {@code adapterFactory}. */
	public static FeatureGroupItemProvider of(AdapterFactory factory, IntdModel model, EReference feature) {
		// item providers hold their own factory, views the composed one: both mean the same folders
		AdapterFactory adapterFactory = factory instanceof ComposeableAdapterFactory composeable
				&& composeable.getRootAdapterFactory() != null ? composeable.getRootAdapterFactory() : factory;
		synchronized (model) {
			Folders folders = (Folders) EcoreUtil.getExistingAdapter(model, Folders.class);
			if (folders == null) {
				folders = new Folders();
				model.eAdapters().add(folders);
			}
			return folders.byFactory.computeIfAbsent(adapterFactory, f -> new HashMap<>())
					.computeIfAbsent(feature, r -> new FeatureGroupItemProvider(adapterFactory, model, r));
		}
	}

	@Override
	public Collection<?> getChildren(Object object) {
		return (Collection<?>) model.eGet(feature);
	}

	@Override
	public Collection<?> getElements(Object object) {
		return getChildren(object);
	}

	@Override
	public boolean hasChildren(Object object) {
		return !((Collection<?>) model.eGet(feature)).isEmpty();
	}

	@Override
	public Object getParent(Object object) {
		return model;
	}

	@Override
	public String getText(Object object) {
		return getFeatureText(feature) + " (" + ((Collection<?>) model.eGet(feature)).size() + ")";
	}

	@Override
	public Object getImage(Object object) {
		return getResourceLocator().getImage("full/obj16/Folder");
	}

	@Override
	public ResourceLocator getResourceLocator() {
		return IntdEditPlugin.INSTANCE;
	}

	/** Only what belongs in this folder: in "Teams", New offers a team. */
	@Override
	public Collection<?> getNewChildDescriptors(Object object, EditingDomain editingDomain, Object sibling) {
		IEditingDomainItemProvider modelProvider = modelProvider();
		if (modelProvider == null) {
			return Collections.emptyList();
		}
		List<Object> result = new ArrayList<>();
		for (Object descriptor : modelProvider.getNewChildDescriptors(model, editingDomain, sibling)) {
			if (descriptor instanceof CommandParameter parameter && parameter.getFeature() == feature) {
				result.add(descriptor);
			}
		}
		return result;
	}

	/** Commands on the folder are commands on the model: the folder only stands for its list. */
	@Override
	public Command createCommand(Object object, EditingDomain domain, Class<? extends Command> commandClass,
			CommandParameter commandParameter) {
		commandParameter.setOwner(model);
		IEditingDomainItemProvider modelProvider = modelProvider();
		return modelProvider == null ? super.createCommand(object, domain, commandClass, commandParameter)
				: modelProvider.createCommand(model, domain, commandClass, commandParameter);
	}

	private IEditingDomainItemProvider modelProvider() {
		return (IEditingDomainItemProvider) adapterFactory.adapt(model, IEditingDomainItemProvider.class);
	}
}
