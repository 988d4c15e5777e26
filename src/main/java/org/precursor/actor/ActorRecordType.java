package org.precursor.actor;

import java.util.Map;

import org.springframework.stereotype.Component;

import org.precursor.history.RecordType;

/** How actors appear in the change history: the same fields as on their form. */
@Component
class ActorRecordType implements RecordType<Actor> {

	@Override
	public Class<Actor> type() {
		return Actor.class;
	}

	@Override
	public String label() {
		return "Actor";
	}

	@Override
	public Long id(Actor actor) {
		return actor.getId();
	}

	@Override
	public String name(Actor actor) {
		return actor.getName();
	}

	@Override
	public Map<String, String> fields(Actor actor) {
		Map<String, String> fields = ActorForm.of(actor).describe();
		fields.put("Slug", actor.getSlug());
		return fields;
	}

	@Override
	public String adminPath(Long id) {
		return "/admin/actors/" + id + "/edit";
	}

}
