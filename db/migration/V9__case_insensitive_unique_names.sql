-- Outlet names, actor names, proposition texts and usernames are unique whatever their case, and the database
-- enforces it, so that two people adding "Reuters" and "reuters" at the same moment make one record, not two.
-- For outlets, actors and propositions, H2 has no index on an expression such as lower(name), so each table keeps its name lowercased in a column of its
-- own (written by the entity whenever the name is set) with a unique constraint on it. Written in the SQL subset
-- shared by H2 (2.x) and PostgreSQL.
--
-- Records that differ only in case may already exist (nothing stopped two of them arriving at once). Nothing is
-- deleted: the oldest of each group keeps its name, and each later one has its number added to its name
-- ("Reuters (17)", "casey-17" for a username), so that each is still found, can be told apart, and an editor can
-- merge or rename it. Renamed content records take a new version (open forms are refused as stale) and a revision
-- in their history, made by "migration V9".

insert into revision_info (revised_at, username)
select current_timestamp, 'migration V9' from (values (1)) as one (x)
where exists (select 1 from outlet o join outlet e on lower(trim(e.name)) = lower(trim(o.name)) and e.id < o.id)
   or exists (select 1 from actor a join actor e on lower(trim(e.name)) = lower(trim(a.name)) and e.id < a.id)
   or exists (select 1 from proposition p join proposition e on lower(trim(e.text)) = lower(trim(p.text)) and e.id < p.id);

-- Outlets.
insert into outlet_aud (id, rev, revtype, slug, name, kind, country, homepage, description)
select o.id, (select max(id) from revision_info), 1, o.slug,
       substring(trim(o.name) from 1 for 180) || ' (' || cast(o.id as varchar(20)) || ')',
       o.kind, o.country, o.homepage, o.description
from outlet o
where exists (select 1 from outlet e where lower(trim(e.name)) = lower(trim(o.name)) and e.id < o.id);

update outlet o
set name = substring(trim(o.name) from 1 for 180) || ' (' || cast(o.id as varchar(20)) || ')', version = version + 1
where exists (select 1 from outlet e where lower(trim(e.name)) = lower(trim(o.name)) and e.id < o.id);

alter table outlet drop constraint uk_outlet_name;
alter table outlet add column name_key varchar(200);
update outlet set name_key = lower(trim(name));
alter table outlet alter column name_key set not null;
alter table outlet add constraint uk_outlet_name_key unique (name_key);

-- Actors.
insert into actor_aud (id, rev, revtype, slug, name, type, country, parent_id, role, description)
select a.id, (select max(id) from revision_info), 1, a.slug,
       substring(trim(a.name) from 1 for 180) || ' (' || cast(a.id as varchar(20)) || ')',
       a.type, a.country, a.parent_id, a.role, a.description
from actor a
where exists (select 1 from actor e where lower(trim(e.name)) = lower(trim(a.name)) and e.id < a.id);

update actor a
set name = substring(trim(a.name) from 1 for 180) || ' (' || cast(a.id as varchar(20)) || ')', version = version + 1
where exists (select 1 from actor e where lower(trim(e.name)) = lower(trim(a.name)) and e.id < a.id);

alter table actor add column name_key varchar(200);
update actor set name_key = lower(trim(name));
alter table actor alter column name_key set not null;
alter table actor add constraint uk_actor_name_key unique (name_key);

-- Propositions.
insert into proposition_aud (id, rev, revtype, slug, text, description)
select p.id, (select max(id) from revision_info), 1, p.slug,
       substring(trim(p.text) from 1 for 480) || ' (' || cast(p.id as varchar(20)) || ')', p.description
from proposition p
where exists (select 1 from proposition e where lower(trim(e.text)) = lower(trim(p.text)) and e.id < p.id);

update proposition p
set text = substring(trim(p.text) from 1 for 480) || ' (' || cast(p.id as varchar(20)) || ')', version = version + 1
where exists (select 1 from proposition e where lower(trim(e.text)) = lower(trim(p.text)) and e.id < p.id);

alter table proposition add column text_key varchar(500);
update proposition set text_key = lower(trim(text));
alter table proposition alter column text_key set not null;
alter table proposition add constraint uk_proposition_text_key unique (text_key);

-- Accounts (not kept in the history). A renamed account signs in with its new username, shown on the accounts page.
-- Their uniqueness whatever the case is the existing constraint on the username, which from V9.1 on holds the
-- username in its one normal form (lowercased; see admin/Usernames); this only makes room for that.
update account a
set username = substring(trim(a.username) from 1 for 80) || '-' || cast(a.id as varchar(20)), version = version + 1
where exists (select 1 from account e where lower(trim(e.username)) = lower(trim(a.username)) and e.id < a.id);
