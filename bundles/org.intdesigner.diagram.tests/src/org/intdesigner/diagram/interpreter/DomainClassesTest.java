package org.intdesigner.diagram.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.EPackage;
import org.intdesigner.model.IntdPackage;
import org.junit.jupiter.api.Test;

/** Domain class names as specifications write them: plain, qualified by package, or a supertype. */
class DomainClassesTest {

	@Test
	void anElementIsOfItsClassAndItsSupertypes() {
		assertTrue(DomainClasses.matches("Team", IntdPackage.Literals.TEAM));
		assertTrue(DomainClasses.matches("Party", IntdPackage.Literals.TEAM), "a supertype");
		assertTrue(DomainClasses.matches("model::Team", IntdPackage.Literals.TEAM), "qualified by the package name");
		assertFalse(DomainClasses.matches("other::Team", IntdPackage.Literals.TEAM));
		assertFalse(DomainClasses.matches("Post", IntdPackage.Literals.TEAM));
		assertTrue(DomainClasses.matches(" ", IntdPackage.Literals.TEAM), "no domain class takes anything");
	}

	@Test
	void namesResolveInTheRegisteredPackages() {
		assertEquals(IntdPackage.Literals.TEAM, DomainClasses.resolve("Team", EPackage.Registry.INSTANCE));
		assertEquals(IntdPackage.Literals.TEAM, DomainClasses.resolve("model::Team", EPackage.Registry.INSTANCE));
		assertNull(DomainClasses.resolve("Taem", EPackage.Registry.INSTANCE));
	}
}
