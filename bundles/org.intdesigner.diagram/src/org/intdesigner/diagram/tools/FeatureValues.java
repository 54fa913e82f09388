package org.intdesigner.diagram.tools;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Sets what an expression gave into a feature. Expressions give JEXL's values (a Long for 3, a
 * String for a typed label, a list for a navigation), so the value is first made into what the
 * feature holds: numbers are narrowed or widened, text is parsed for non-text attributes and looked
 * up for enumerations. A list replaces a many-valued feature's contents; a single value is added.
 */
final class FeatureValues {

	private FeatureValues() {
	}

	/** Sets {@code value} into {@code feature} of {@code object}; null unsets a single-valued feature. */
	@SuppressWarnings("unchecked")
	static void set(EObject object, EStructuralFeature feature, Object value) {
		if (!feature.isChangeable() || feature.isDerived()) {
			throw new IllegalArgumentException(object.eClass().getName() + "." + feature.getName() + " cannot be set");
		}
		if (feature.isMany()) {
			EList<Object> list = (EList<Object>) object.eGet(feature);
			if (value instanceof Collection<?> values) {
				List<Object> converted = new ArrayList<>();
				for (Object each : values) {
					converted.add(convert(feature, each));
				}
				ECollections.setEList(list, converted);
			} else if (value != null && !list.contains(convert(feature, value))) {
				list.add(convert(feature, value));
			}
		} else if (value == null) {
			object.eUnset(feature);
		} else {
			object.eSet(feature, convert(feature, value));
		}
	}

	/** {@code value} as the feature holds it, or an IllegalArgumentException saying why it cannot be. */
	static Object convert(EStructuralFeature feature, Object value) {
		if (value instanceof Collection<?> && !feature.isMany()) {
			throw new IllegalArgumentException(feature.getName() + " holds one value, not " + value);
		}
		if (!(feature instanceof EAttribute attribute)) {
			if (feature.getEType().isInstance(value)) {
				return value;
			}
			throw new IllegalArgumentException(feature.getName() + " holds a " + feature.getEType().getName() + ", not " + value);
		}
		EDataType type = attribute.getEAttributeType();
		if (type instanceof EEnum eEnum) {
			return literal(eEnum, value);
		}
		Class<?> target = type.getInstanceClass();
		if (type.isInstance(value)) {
			return value;
		}
		if (target == String.class) {
			return String.valueOf(value);
		}
		if (value instanceof Number number && target != null) {
			Object narrowed = number(number, target);
			if (narrowed != null) {
				return narrowed;
			}
		}
		if (value instanceof String text) {
			return EcoreUtil.createFromString(type, text);
		}
		throw new IllegalArgumentException(feature.getName() + " holds a " + type.getName() + ", not " + value);
	}

	private static Object literal(EEnum eEnum, Object value) {
		String text = value instanceof Enumerator enumerator ? enumerator.getLiteral() : String.valueOf(value);
		EEnumLiteral literal = eEnum.getEEnumLiteralByLiteral(text);
		if (literal == null) {
			literal = eEnum.getEEnumLiteral(text);
		}
		if (literal == null) {
			throw new IllegalArgumentException(eEnum.getName() + " has no literal " + text);
		}
		return literal.getInstance();
	}

	private static Object number(Number number, Class<?> target) {
		if (target == int.class || target == Integer.class) {
			return number.intValue();
		} else if (target == long.class || target == Long.class) {
			return number.longValue();
		} else if (target == double.class || target == Double.class) {
			return number.doubleValue();
		} else if (target == float.class || target == Float.class) {
			return number.floatValue();
		} else if (target == short.class || target == Short.class) {
			return number.shortValue();
		} else if (target == byte.class || target == Byte.class) {
			return number.byteValue();
		} else if (target == BigDecimal.class) {
			return new BigDecimal(number.toString());
		} else if (target == BigInteger.class) {
			return new BigDecimal(number.toString()).toBigInteger();
		}
		return null;
	}
}
