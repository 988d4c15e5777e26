package org.precursor.article;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.web.NotFoundException;
import org.precursor.web.StaleEditException;

/** Saves an edited outlet, unless someone else saved it since the form was opened. */
@Component
class EditingOutlet {

	private final OutletRepository outlets;

	EditingOutlet(OutletRepository outlets) {
		this.outlets = outlets;
	}

	@Transactional
	Outlet update(Long id, OutletForm form) {
		Outlet outlet = outlets.findById(id).orElseThrow(() -> NotFoundException.byId("outlet", id));
		StaleEditException.check(form.getVersion(), outlet.getVersion());
		form.applyTo(outlet);
		return outlets.saveAndFlush(outlet);
	}

}
