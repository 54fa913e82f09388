package org.intdesigner.ui.emf;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/**
 * Turns the image objects item providers return (URLs, composed images) into SWT images owned
 * by a control: they are disposed with it. EMF Edit UI's ExtendedImageRegistry is not on Maven
 * Central, hence this small replacement.
 */
public final class ItemImages {

	private final LocalResourceManager resources;

	public ItemImages(Control owner) {
		resources = new LocalResourceManager(JFaceResources.getResources(), owner);
	}

	public Image get(Object image) {
		ImageDescriptor descriptor = descriptorOf(image);
		return descriptor == null ? null : resources.create(descriptor);
	}

	public static ImageDescriptor descriptorOf(Object image) {
		if (image instanceof URL url) {
			return ImageDescriptor.createFromURL(url);
		}
		if (image instanceof ComposedImage composed) {
			List<Object> images = composed.getImages();
			return images.isEmpty() ? null : descriptorOf(images.get(0));
		}
		if (image instanceof ImageDescriptor descriptor) {
			return descriptor;
		}
		return null;
	}
}
