-- Everyone affiliated to each actor, however deep: a row of an ancestor and an actor below it, and a row of the
-- ancestor with itself for each actor that has members. "Claims by China and its affiliates" then read the tree
-- from this table's index instead of binding tens of thousands of ids. The rows are derived from actor.parent_id;
-- the application rebuilds them when affiliations change, and records in actor_lineage_state which affiliations
-- they were built from, so that a stale lineage is noticed and not used.
create table actor_lineage (
    ancestor_id bigint not null references actor (id) on delete cascade,
    actor_id bigint not null references actor (id) on delete cascade,
    primary key (ancestor_id, actor_id)
);
create index ix_actor_lineage_actor on actor_lineage (actor_id, ancestor_id);

create table actor_lineage_state (
    id integer primary key,
    affiliations bigint,
    checksum bigint
);
insert into actor_lineage_state (id, affiliations, checksum) values (1, null, null);

-- Oldest first (a proposition's sides, from the earliest claim) walks this index as "newest first" walks
-- ix_claim_newest, instead of sorting every claim on the proposition.
create index ix_claim_oldest on claim (effective_on asc nulls last, article_id, position, id);

-- An actor's members by name, the first few of tens of thousands for a country of a large dataset.
create index ix_actor_parent_name on actor (parent_id, name);
