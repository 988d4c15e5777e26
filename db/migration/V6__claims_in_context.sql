-- A claim in context: the verbatim passage of the article that carries it, where its content sits in the passage,
-- the attribution cue ("said", "according to") and the speaker as the article words it. A statement made jointly
-- by several actors has its first claimant in claim.claimant_id and the others in claim_joint_claimant.
alter table claim add column passage varchar(4000);
alter table claim add column content_start integer;
alter table claim add column cue varchar(200);
alter table claim add column speaker_mention varchar(300);

alter table claim_aud add column passage varchar(4000);
alter table claim_aud add column content_start integer;
alter table claim_aud add column cue varchar(200);
alter table claim_aud add column speaker_mention varchar(300);

create table claim_joint_claimant (
    claim_id bigint not null references claim (id) on delete cascade,
    actor_id bigint not null references actor (id),
    primary key (claim_id, actor_id)
);
create index ix_claim_joint_claimant_actor on claim_joint_claimant (actor_id);

create table claim_joint_claimant_aud (
    rev      bigint not null references revision_info (id),
    revtype  smallint,
    claim_id bigint not null,
    actor_id bigint not null,
    primary key (rev, claim_id, actor_id)
);
