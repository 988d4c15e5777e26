package org.precursor.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.precursor.web.Slugs;

public interface OutletRepository extends JpaRepository<Outlet, Long> {

	Optional<Outlet> findBySlug(String slug);

	Optional<Outlet> findByNameIgnoreCase(String name);

	List<Outlet> findAllByOrderByNameAsc();

	boolean existsBySlug(String slug);

	@Query("""
			select new org.precursor.article.OutletRow(o.id, o.name, o.kind, o.country,
			    (select count(a) from Article a where a.outlet = o or a.originalOutlet = o))
			from Outlet o order by lower(o.name)""")
	List<OutletRow> findRowsByName();

	/** The outlet of that name, or a new one of kind "other" when the name is new (an editor can refine it). */
	default Outlet findOrCreateNamed(String name) {
		String typed = name.strip();
		return findByNameIgnoreCase(typed).orElseGet(() -> save(
				new Outlet(Slugs.available(typed, this::existsBySlug), typed, OutletKind.OTHER)));
	}

	List<Outlet> findBySlugIn(Collection<String> slugs);

}
