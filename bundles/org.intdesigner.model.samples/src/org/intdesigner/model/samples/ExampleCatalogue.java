package org.intdesigner.model.samples;

import java.util.LinkedHashMap;
import java.util.Map;

import org.intdesigner.model.Capability;
import org.intdesigner.model.Role;
import org.intdesigner.model.Sector;

/**
 * The capability catalogue and the roles of the example place, as tables. Role flags: C clinical,
 * N new role, A funded through ARRS. Capabilities are "code:level" (1 awareness .. 4 expert). The generalist
 * capabilities are the four the seed names for integration; the course catalogue is {@link ExampleCourses}.
 */
final class ExampleCatalogue {

	/** code, name, category */
	static final String[][] CAPABILITIES = {
			{ "frailty", "Frailty assessment and management", "clinical" },
			{ "ltc", "Long-term condition management", "clinical" },
			{ "meds", "Medicines optimisation", "clinical" },
			{ "prescribing", "Independent prescribing", "clinical" },
			{ "wound", "Wound and tissue viability care", "clinical" },
			{ "rehab", "Rehabilitation and reablement", "clinical" },
			{ "mh", "Mental health assessment and support", "clinical" },
			{ "eol", "End of life and palliative care", "clinical" },
			{ "safeadults", "Safeguarding adults", "safeguarding" },
			{ "safechildren", "Safeguarding children", "safeguarding" },
			{ "psychosocial", "Psycho-social interventions", "psycho-social" },
			{ "careplanning", "Personalised care and support planning", "psycho-social" },
			{ "coordination", "Care coordination and navigation", "generalist" },
			{ "socialrx", "Social prescribing", "generalist" },
			{ "coaching", "Health coaching", "generalist" },
			{ "community", "Asset-based community development", "generalist" },
			{ "lived", "Lived experience", "generalist" },
			{ "boundary", "Working across organisational boundaries", "generalist" },
			{ "phm", "Population health management data and insight", "data" },
			{ "digital", "Digital and data skills", "data" },
			{ "qi", "Integrated quality improvement", "improvement" },
			{ "leadership", "Leadership for integration", "leadership" }, };

	/**
	 * The seed's generalist skills for integration: working across boundaries, population-health data, quality
	 * improvement and psycho-social skills. Care coordination is left out on purpose: it is a role's specialism (the
	 * care coordinator's) more than a skill every INT member needs, and sufficiency reports the seed's four on their own.
	 */
	static final java.util.Set<String> GENERALIST = java.util.Set.of("boundary", "phm", "qi", "psychosocial");

	/** code, name, profession, sector, flags (C N A), capabilities */
	static final String[][] ROLES = {
			// general practice and the ARRS roles
			{ "cd", "PCN clinical director", "Medicine", "GENERAL_PRACTICE", "C", "leadership:4 ltc:4" },
			{ "pcnm", "PCN manager", "Management", "GENERAL_PRACTICE", "", "leadership:3 digital:2" },
			{ "gp", "General practitioner", "Medicine", "GENERAL_PRACTICE", "C", "ltc:4 prescribing:4 safeadults:3" },
			{ "gpwer", "GP with extended role (frailty)", "Medicine", "GENERAL_PRACTICE", "CN",
					"frailty:4 ltc:4 prescribing:4 leadership:3" },
			{ "pn", "Practice nurse", "Nursing", "GENERAL_PRACTICE", "C", "ltc:3 wound:3" },
			{ "cp", "Clinical pharmacist", "Pharmacy", "GENERAL_PRACTICE", "CA", "meds:4 prescribing:3" },
			{ "pt", "Pharmacy technician", "Pharmacy", "GENERAL_PRACTICE", "CA", "meds:3" },
			{ "fcp", "First contact physiotherapist", "Physiotherapy", "GENERAL_PRACTICE", "CA", "rehab:4" },
			{ "para", "Paramedic", "Paramedicine", "GENERAL_PRACTICE", "CA", "frailty:2 ltc:2" },
			{ "na", "Nursing associate", "Nursing", "GENERAL_PRACTICE", "CA", "wound:2 ltc:2" },
			{ "diet", "Dietitian", "Dietetics", "GENERAL_PRACTICE", "CA", "ltc:3" },
			{ "pod", "Podiatrist", "Podiatry", "GENERAL_PRACTICE", "CA", "wound:3" },
			{ "ot", "Occupational therapist (primary care)", "Occupational therapy", "GENERAL_PRACTICE", "CA",
					"rehab:3 frailty:2" },
			{ "mhp", "Mental health practitioner", "Mental health nursing", "MENTAL_HEALTH", "CA", "mh:3 psychosocial:3" },
			{ "dtl", "Digital and transformation lead", "Digital", "GENERAL_PRACTICE", "A", "digital:4 phm:3 qi:3" },
			{ "cc", "Care coordinator", "Care coordination", "GENERAL_PRACTICE", "NA",
					"coordination:3 careplanning:3 boundary:3" },
			{ "splw", "Social prescribing link worker", "Social prescribing", "GENERAL_PRACTICE", "NA",
					"socialrx:4 community:3 psychosocial:2" },
			{ "hwbc", "Health and wellbeing coach", "Health coaching", "GENERAL_PRACTICE", "NA",
					"coaching:4 psychosocial:3" },
			// community health
			{ "ctm", "Neighbourhood nursing team manager", "Nursing", "COMMUNITY_HEALTH", "C",
					"leadership:3 boundary:3 wound:3" },
			{ "dn", "District nurse", "Nursing", "COMMUNITY_HEALTH", "C", "wound:4 eol:3 frailty:3" },
			{ "cm", "Community matron (advanced practitioner)", "Nursing", "COMMUNITY_HEALTH", "C",
					"frailty:4 prescribing:3 careplanning:4" },
			{ "cphys", "Community physiotherapist", "Physiotherapy", "COMMUNITY_HEALTH", "C", "rehab:4" },
			{ "hv", "Health visitor", "Nursing", "COMMUNITY_HEALTH", "C", "safechildren:4" },
			{ "pall", "Specialist palliative care nurse", "Nursing", "COMMUNITY_HEALTH", "C", "eol:4" },
			// mental health, acute
			{ "cpn", "Community mental health nurse", "Mental health nursing", "MENTAL_HEALTH", "C", "mh:4" },
			{ "psych", "Consultant psychiatrist", "Medicine", "MENTAL_HEALTH", "C", "mh:4 prescribing:4" },
			{ "ger", "Consultant geriatrician", "Medicine", "ACUTE", "C", "frailty:4 prescribing:4" },
			{ "paed", "Consultant paediatrician", "Medicine", "ACUTE", "C", "safechildren:3 ltc:3" },
			// local authority
			{ "swm", "Adult social care team manager", "Social work", "SOCIAL_CARE", "",
					"leadership:3 safeadults:4" },
			{ "sw", "Social worker (adults)", "Social work", "SOCIAL_CARE", "",
					"safeadults:4 careplanning:3 psychosocial:3" },
			{ "rsw", "Reablement support worker", "Social care", "SOCIAL_CARE", "", "rehab:2" },
			{ "csw", "Children's social worker", "Social work", "CHILDRENS_SERVICES", "", "safechildren:4" },
			{ "fsw", "Family support worker", "Family support", "CHILDRENS_SERVICES", "",
					"safechildren:2 psychosocial:2" },
			// pharmacy, VCFSE, volunteers
			{ "cpharm", "Community pharmacist", "Pharmacy", "COMMUNITY_PHARMACY", "C", "meds:4 prescribing:2" },
			{ "chww", "Community health and wellbeing worker", "Community health and wellbeing", "VCFSE", "N",
					"community:3 coordination:2 lived:2" },
			{ "vcm", "VCFSE service manager", "Management", "VCFSE", "", "leadership:3 community:4" },
			{ "vol", "Volunteer befriender", "Volunteering", "VOLUNTEERS", "", "community:2 lived:2" },
			{ "ebe", "Expert by experience", "Lived experience", "VOLUNTEERS", "", "lived:4" },
			// leadership and enabling
			{ "exec", "Service director", "Management", "OTHER", "", "leadership:4" },
			{ "dir", "Director of integration (place)", "Management", "OTHER", "", "leadership:4 boundary:4" },
			{ "od", "Workforce and organisational development lead", "Organisational development", "OTHER", "",
					"leadership:3 qi:3" },
			{ "phma", "Population health analyst", "Data and analytics", "OTHER", "", "phm:4 digital:3" }, };

	final Map<String, Capability> capabilities = new LinkedHashMap<>();
	final Map<String, Role> roles = new LinkedHashMap<>();

	ExampleCatalogue(ModelBuilder b) {
		for (String[] row : CAPABILITIES) {
			Capability capability = b.capability(row[0], row[1], row[2]);
			capability.setGeneralist(GENERALIST.contains(row[0]));
			capabilities.put(row[0], capability);
		}
		for (String[] row : ROLES) {
			String flags = row[4];
			Role role = b.role(row[0], row[1], row[2], Sector.valueOf(row[3]), flags.contains("C"),
					flags.contains("N"), flags.contains("A"));
			for (String capability : row[5].split(" ")) {
				String[] parts = capability.split(":");
				role.getCapabilities().add(b.level("role/" + row[0], capability(parts[0]), Integer.parseInt(parts[1])));
			}
			roles.put(row[0], role);
		}
		new ExampleCourses(b, this);
	}

	Capability capability(String code) {
		Capability capability = capabilities.get(code);
		if (capability == null) {
			throw new IllegalArgumentException("no capability " + code);
		}
		return capability;
	}

	Role role(String code) {
		Role role = roles.get(code);
		if (role == null) {
			throw new IllegalArgumentException("no role " + code);
		}
		return role;
	}
}
