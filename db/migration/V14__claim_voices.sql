-- Everyone who made each claim: its claimant and its joint claimants, one row each. "Claims by an actor" (and by an
-- actor's affiliates) then start from this table's index instead of testing every claim for either of two columns.
create table claim_voice (
    claim_id bigint not null references claim (id) on delete cascade,
    actor_id bigint not null references actor (id),
    primary key (claim_id, actor_id)
);
create index ix_claim_voice_actor on claim_voice (actor_id, claim_id);

insert into claim_voice (claim_id, actor_id) select id, claimant_id from claim;
insert into claim_voice (claim_id, actor_id)
select j.claim_id, j.actor_id from claim_joint_claimant j
where not exists (select 1 from claim c where c.id = j.claim_id and c.claimant_id = j.actor_id);
