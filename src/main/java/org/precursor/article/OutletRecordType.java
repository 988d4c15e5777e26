package org.precursor.article;

import java.util.Map;

import org.springframework.stereotype.Component;

import org.precursor.history.RecordType;

/** How outlets appear in the change history: the same fields as on their form. */
@Component
class OutletRecordType implements RecordType<Outlet> {

	@Override
	public Class<Outlet> type() {
		return Outlet.class;
	}

	@Override
	public String label() {
		return "Outlet";
	}

	@Override
	public Long id(Outlet outlet) {
		return outlet.getId();
	}

	@Override
	public String name(Outlet outlet) {
		return outlet.getName();
	}

	@Override
	public Map<String, String> fields(Outlet outlet) {
		return OutletForm.of(outlet).describe();
	}

	@Override
	public String adminPath(Long id) {
		return "/admin/outlets/" + id + "/edit";
	}

}
