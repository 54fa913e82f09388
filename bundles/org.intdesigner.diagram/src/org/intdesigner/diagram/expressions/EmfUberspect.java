package org.intdesigner.diagram.expressions;

import java.util.List;

import org.apache.commons.jexl3.JexlArithmetic;
import org.apache.commons.jexl3.JexlOperator;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.introspection.JexlMethod;
import org.apache.commons.jexl3.introspection.JexlPermissions;
import org.apache.commons.jexl3.introspection.JexlPropertyGet;
import org.apache.commons.jexl3.introspection.JexlPropertySet;
import org.apache.commons.jexl3.introspection.JexlUberspect;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * JEXL introspection that reads EMF features by name before falling back to Java beans, so
 * expressions work the same on generated and on dynamic EMF objects.
 */
final class EmfUberspect implements JexlUberspect {

	private final JexlUberspect java;

	/** Java members are reached only as far as {@code permissions} allow (JEXL's RESTRICTED set and the services). */
	EmfUberspect(JexlPermissions permissions) {
		java = new JexlBuilder().permissions(permissions).create().getUberspect();
	}

	@Override
	public JexlPropertyGet getPropertyGet(Object obj, Object identifier) {
		if (obj instanceof EObject object && identifier instanceof String name) {
			EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
			if (feature != null) {
				return new FeatureGet(feature);
			}
		}
		return java.getPropertyGet(obj, identifier);
	}

	@Override
	public JexlPropertyGet getPropertyGet(List<PropertyResolver> resolvers, Object obj, Object identifier) {
		return getPropertyGet(obj, identifier);
	}

	@Override
	public List<PropertyResolver> getResolvers(JexlOperator operator, Object obj) {
		return java.getResolvers(operator, obj);
	}

	@Override
	public JexlPropertySet getPropertySet(Object obj, Object identifier, Object arg) {
		return java.getPropertySet(obj, identifier, arg);
	}

	@Override
	public JexlPropertySet getPropertySet(List<PropertyResolver> resolvers, Object obj, Object identifier, Object arg) {
		return java.getPropertySet(resolvers, obj, identifier, arg);
	}

	@Override
	public java.util.Iterator<?> getIterator(Object obj) {
		return java.getIterator(obj);
	}

	@Override
	public JexlMethod getConstructor(Object ctorHandle, Object... args) {
		return java.getConstructor(ctorHandle, args);
	}

	@Override
	public JexlMethod getMethod(Object obj, String method, Object... args) {
		return java.getMethod(obj, method, args);
	}

	@Override
	public void setClassLoader(ClassLoader loader) {
		java.setClassLoader(loader);
	}

	@Override
	public ClassLoader getClassLoader() {
		return java.getClassLoader();
	}

	@Override
	public int getVersion() {
		return java.getVersion();
	}

	@Override
	public JexlArithmetic.Uberspect getArithmetic(JexlArithmetic arithmetic) {
		return java.getArithmetic(arithmetic);
	}

	@Override
	public Class<?> getClassByName(String className) {
		return java.getClassByName(className);
	}

	/** Reads one feature of an EMF object. */
	private record FeatureGet(EStructuralFeature feature) implements JexlPropertyGet {
		@Override
		public Object invoke(Object obj) {
			return ((EObject) obj).eGet(feature);
		}

		@Override
		public Object tryInvoke(Object obj, Object key) {
			return obj instanceof EObject object && feature.getName().equals(key)
					&& object.eClass().getEAllStructuralFeatures().contains(feature) ? object.eGet(feature) : JexlEngine.TRY_FAILED;
		}

		@Override
		public boolean tryFailed(Object rval) {
			return rval == JexlEngine.TRY_FAILED;
		}

		@Override
		public boolean isCacheable() {
			return true;
		}
	}
}
