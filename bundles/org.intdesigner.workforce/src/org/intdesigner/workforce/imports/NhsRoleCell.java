package org.intdesigner.workforce.imports;

import org.intdesigner.workforce.imports.api.SourceRow;

/** Reads the role of a row of an NHS file as a role code (see {@link NhsRoles}), checked like any role code. */
final class NhsRoleCell {

	private NhsRoleCell() {
	}

	/** The role code of DETAILED_STAFF_ROLE (else STAFF_ROLE), or null after reporting a problem. */
	static String read(Cells cells, SourceRow row, ImportContext context) {
		String detailed = row.get("detailed_staff_role");
		String column = detailed.isEmpty() ? "staff_role" : "detailed_staff_role";
		String name = detailed.isEmpty() ? row.get("staff_role") : detailed;
		if (name.isEmpty()) {
			cells.problem("detailed_staff_role", "empty: every row needs a DETAILED_STAFF_ROLE (or a STAFF_ROLE)");
			return null;
		}
		String code = NhsRoles.code(name);
		if (code == null && !detailed.isEmpty() && !row.get("staff_role").isEmpty()) {
			code = NhsRoles.code(row.get("staff_role"));
		}
		if (code == null) {
			code = NhsRoles.nameAsCode(name);
			context.notes.add("role '" + name + "' has no mapping to the catalogue's roles: kept as the code '" + code + "'");
		}
		if (code.length() > Cells.CODE_LENGTH) {
			cells.problem(column, "longer than " + Cells.CODE_LENGTH + " characters");
			return null;
		}
		if (!context.options.codes().role(code)) {
			cells.problem(column, "'" + name + "' is the role '" + code + "', which the model does not have");
			return null;
		}
		return code;
	}
}
