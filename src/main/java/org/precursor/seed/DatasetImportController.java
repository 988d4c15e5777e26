package org.precursor.seed;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /admin/import}: an admin uploads a dataset export, follows the import's progress, and reads its report,
 * or why nothing was imported. Only admins: an import may change any record.
 */
@Controller
class DatasetImportController {

	private final DatasetImports imports;

	DatasetImportController(DatasetImports imports) {
		this.imports = imports;
	}

	@GetMapping("/admin/import")
	String form(Model model) {
		model.addAttribute("job", imports.latest().orElse(null));
		model.addAttribute("largestFileMegabytes", imports.largestFile() >> 20);
		return "admin/import";
	}

	@PostMapping("/admin/import")
	String start(@RequestParam(name = "file", required = false) MultipartFile file, Principal admin, Model model) {
		if (file == null || file.isEmpty()) {
			return refused(model, "Choose a dataset export (a .json file from /export/dataset.json) to import.");
		}
		String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "dataset.json"
				: file.getOriginalFilename();
		try (InputStream upload = file.getInputStream()) {
			imports.start(name, file.getSize(), upload, admin.getName());
		}
		catch (ImportNotStartedException ex) {
			return refused(model, ex.getMessage());
		}
		catch (IOException ex) {
			return refused(model, "The uploaded file could not be read: " + ex.getMessage());
		}
		return "redirect:/admin/import/progress";
	}

	@GetMapping("/admin/import/progress")
	String progress(Model model) {
		if (imports.latest().isEmpty()) {
			return "redirect:/admin/import";
		}
		model.addAttribute("job", imports.latest().get());
		return "admin/import-progress";
	}

	private String refused(Model model, String problem) {
		model.addAttribute("problem", problem);
		return form(model);
	}

}
