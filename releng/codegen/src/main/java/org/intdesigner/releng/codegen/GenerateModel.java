package org.intdesigner.releng.codegen;

import java.io.File;
import java.io.IOException;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenResourceKind;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Runs EMF's generator outside Eclipse: maps every bundle folder to {@code platform:/resource/<name>},
 * creates the generator model from the .ecore the first time, reconciles it with the .ecore
 * afterwards, and generates model and edit code. EMF merges into existing files, so methods
 * marked {@code @generated NOT} survive regeneration.
 */
public final class GenerateModel {

	private GenerateModel() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: GenerateModel <bundles-folder> <bundle>/model/<name>.genmodel");
			System.exit(2);
		}
		File bundles = new File(args[0]).getCanonicalFile();
		mapBundlesToPlatformResources(bundles);
		ResourceSet resourceSet = newResourceSet();
		URI genModelUri = URI.createPlatformResourceURI(args[1], true);
		File genModelFile = new File(bundles, args[1]);
		GenModel genModel = genModelFile.exists()
				? refresh((GenModel) resourceSet.getResource(genModelUri, true).getContents().get(0))
				: createGenModel(resourceSet, genModelUri);
		genModel.setCanGenerate(true);
		Diagnostic valid = genModel.diagnose();
		if (valid.getSeverity() == Diagnostic.ERROR) {
			fail("the generator model is not valid", valid);
		}
		genModel.eResource().save(Collections.emptyMap());

		Generator generator = new Generator();
		if (generator.getAdapterFactoryDescriptorRegistry().getDescriptors(GenModelPackage.eNS_URI).isEmpty()) {
			generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
					GenModelGeneratorAdapterFactory.DESCRIPTOR);
		}
		generator.setInput(genModel);
		// edit code only for models that have an edit bundle (headless specification models have none)
		boolean hasEditBundle = new File(bundles, genModel.getEditPluginID()).isDirectory();
		List<String> projectTypes = hasEditBundle
				? List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)
				: List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE);
		for (String projectType : projectTypes) {
			Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor.Printing(System.out));
			if (result.getSeverity() == Diagnostic.ERROR) {
				fail("generating " + projectType + " code failed", result);
			}
		}
		System.out.println("generated " + String.join(" and ", projectTypes.stream().map(t -> t.replace("org.eclipse.emf.codegen.ecore.genmodel.generator.", "").replace("Project", "").toLowerCase()).toList()) + " code from " + genModelFile);
	}

	/**
	 * A generator model built afresh from the current .ecore, with every setting of the committed
	 * one carried over: classes, features and literals added to the .ecore get generated too
	 * (reconciling the old generator model alone would only drop what was removed).
	 */
	private static GenModel refresh(GenModel old) {
		List<EPackage> packages = old.getGenPackages().stream().map(GenPackage::getEcorePackage).toList();
		GenModel fresh = GenModelFactory.eINSTANCE.createGenModel();
		fresh.initialize(packages);
		fresh.getForeignModel().addAll(old.getForeignModel());
		fresh.setImporterID(old.getImporterID());
		fresh.reconcile(old);
		old.eResource().getContents().set(0, fresh);
		return fresh;
	}

	private static void mapBundlesToPlatformResources(File bundles) {
		File[] folders = bundles.listFiles(File::isDirectory);
		if (folders == null) {
			throw new IllegalArgumentException("not a folder: " + bundles);
		}
		for (File folder : folders) {
			EcorePlugin.getPlatformResourceMap().put(folder.getName(),
					URI.createFileURI(folder.getAbsolutePath() + File.separator));
		}
	}

	private static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		Resource.Factory factory = new EcoreResourceFactoryImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", factory);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", factory);
		resourceSet.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(true));
		return resourceSet;
	}

	/** The first run only: a generator model with our conventions, committed beside the .ecore. */
	private static GenModel createGenModel(ResourceSet resourceSet, URI genModelUri) {
		URI ecoreUri = genModelUri.trimFileExtension().appendFileExtension("ecore");
		EPackage ePackage = (EPackage) resourceSet.getResource(ecoreUri, true).getContents().get(0);
		GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
		resourceSet.createResource(genModelUri).getContents().add(genModel);
		genModel.initialize(List.of(ePackage));
		String bundle = genModelUri.segment(1);
		genModel.setModelName("Intd");
		genModel.setModelPluginID(bundle);
		genModel.setModelDirectory("/" + bundle + "/src-gen");
		genModel.setEditPluginID(bundle + ".edit");
		genModel.setEditDirectory("/" + bundle + ".edit/src-gen");
		genModel.setEditPluginClass("org.intdesigner.model.edit.IntdEditPlugin");
		genModel.setComplianceLevel(GenJDKLevel.JDK170_LITERAL);
		genModel.setCopyrightFields(false);
		genModel.setBundleManifest(true);
		genModel.setUpdateClasspath(false);
		genModel.setOperationReflection(true);
		genModel.setImporterID("org.eclipse.emf.importer.ecore");
		genModel.getForeignModel().add(ecoreUri.lastSegment());
		for (GenPackage genPackage : genModel.getGenPackages()) {
			genPackage.setBasePackage("org.intdesigner");
			genPackage.setPrefix("Intd");
			genPackage.setResource(GenResourceKind.XMI_LITERAL);
			genPackage.setFileExtensions("intd");
			genPackage.setContentTypeIdentifier("org.intdesigner.model.intd");
			genPackage.setMultipleEditorPages(false);
		}
		return genModel;
	}

	private static void fail(String what, Diagnostic diagnostic) {
		System.err.println(what + ":");
		print(diagnostic, "  ");
		System.exit(1);
	}

	private static void print(Diagnostic diagnostic, String indent) {
		System.err.println(indent + diagnostic.getMessage());
		for (Diagnostic child : diagnostic.getChildren()) {
			print(child, indent + "  ");
		}
	}
}
