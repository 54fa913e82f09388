package org.intdesigner.ui.emf;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.intdesigner.model.provider.IntdItemProviderAdapterFactory;

/** The item provider factories every INT Designer viewer uses. */
public final class IntdAdapterFactories {

	private IntdAdapterFactories() {
	}

	public static ComposedAdapterFactory create() {
		ComposedAdapterFactory factory = new ComposedAdapterFactory();
		factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		factory.addAdapterFactory(new IntdItemProviderAdapterFactory());
		factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		return factory;
	}
}
