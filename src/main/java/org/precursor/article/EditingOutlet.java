package org.precursor.article;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.precursor.web.NotFoundException;
import org.precursor.web.Slugs;
import org.precursor.web.StaleEditException;

/**
 * Adds an outlet, or saves an edited one unless someone else saved it since the form was opened. A name another
 * outlet has, in any case, is refused beside the field; run through {@link org.precursor.web.UniqueNames#attempt}
 * so that a name taken at the same moment is refused the same way.
 */
@Component
class EditingOutlet {

	private final OutletRepository outlets;

	EditingOutlet(OutletRepository outlets) {
		this.outlets = outlets;
	}

	/** The new outlet, or empty when its name is taken (the problem is then in {@code errors}). */
	@Transactional
	Optional<Outlet> add(OutletForm form, Errors errors) {
		refuseTakenName(form, null, errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		String name = form.getName().strip();
		Outlet outlet = new Outlet(Slugs.available(name, outlets::existsBySlug), name, form.getKind());
		form.applyTo(outlet);
		return Optional.of(outlets.saveAndFlush(outlet));
	}

	/** The saved outlet, or empty when its new name is taken (the problem is then in {@code errors}). */
	@Transactional
	Optional<Outlet> update(Long id, OutletForm form, Errors errors) {
		Outlet outlet = outlets.findById(id).orElseThrow(() -> NotFoundException.byId("outlet", id));
		StaleEditException.check(form.getVersion(), outlet.getVersion());
		refuseTakenName(form, id, errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		form.applyTo(outlet);
		return Optional.of(outlets.saveAndFlush(outlet));
	}

	private void refuseTakenName(OutletForm form, Long id, Errors errors) {
		if (form.getName() != null && !form.getName().isBlank()) {
			outlets.findByNameIgnoreCase(form.getName().strip())
				.filter(other -> !other.getId().equals(id))
				.ifPresent(other -> errors.rejectValue("name", "taken",
						"There is already an outlet called “" + other.getName() + "”."));
		}
	}

}
