-- History of supply-chain links, kept by Hibernate Envers like the other content records (see V2).
create table supply_chain_link_aud (
    id             bigint        not null,
    rev            bigint        not null references revision_info (id),
    revtype        smallint,
    origin_id      bigint,
    destination_id bigint,
    moves          varchar(30),
    stage          varchar(20),
    period         varchar(100),
    description    varchar(1000),
    seed_key       varchar(120),
    primary key (id, rev)
);

create table supply_chain_link_channel_aud (
    rev     bigint      not null references revision_info (id),
    revtype smallint,
    link_id bigint      not null,
    channel varchar(30) not null,
    primary key (rev, link_id, channel)
);

create table supply_chain_evidence_aud (
    rev        bigint      not null references revision_info (id),
    revtype    smallint    not null,
    setordinal integer     not null,
    link_id    bigint      not null,
    claim_id   bigint,
    role       varchar(10),
    primary key (rev, revtype, setordinal, link_id)
);
