package org.intdesigner.model.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small bundle as a planner would type it in a spreadsheet: short ids, mixed case, extra columns. */
final class PlannerFolder {

	private PlannerFolder() {
	}

	static Path write(Path folder) throws IOException {
		file(folder, "areas.csv", """
				id,name,kind,parent_id,population
				P1,Riverside,Place,,160000
				N1,Riverside North,neighbourhood,P1,42000
				""");
		file(folder, "organisations.csv", """
				id,name,sector,ODS code
				O1,Riverside PCN,General Practice,U12345
				O2,Riverside Council,social_care,
				""");
		file(folder, "roles.csv", """
				id,name,profession,sector,clinical,new_role,arrs
				R1,GP with extended role,Medicine,general_practice,true,false,false
				R2,Social prescribing link worker,,general_practice,FALSE,true,true
				""");
		file(folder, "posts.csv", """
				id,role_id,employer_id,fte,band,holder,line_manager_id,supervisor_id
				S1,R1,O1,1,,Dr A. Example,,
				S2,R2,O2,0.8,4,B. Example,S1,S1
				S3,R2,O2,1.0,4,,S1,
				""");
		file(folder, "teams.csv", """
				id,name,kind,parent_team_id,area_id,host_id,lead_post_id
				T1,Riverside North core team,core,,N1,O1,S1
				T2,Frailty MDT,MDT,T1,N1,O1,S1
				""");
		file(folder, "allocations.csv", """
				post_id,team_id,fte
				S2,T2,0.5
				S2,T1,0.3
				""");
		file(folder, "accountabilities.csv", """
				id,name,kind,team_id
				A1,Hospital discharge follow-up,care_function,T2
				""");
		file(folder, "raci.csv", """
				accountability_id,party_id,code
				A1,S1,A
				A1,S2,r
				A1,O2,I
				""");
		return folder;
	}

	static void file(Path folder, String name, String text) throws IOException {
		Files.createDirectories(folder);
		Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
	}
}
