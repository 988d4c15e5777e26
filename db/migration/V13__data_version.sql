-- One number that every write an editor makes moves on. Each instance keeps rendered public pages in memory for
-- as long as this number stays the same, so an edit through any instance retires the pages of all of them.
create table data_version (
    id      integer primary key,
    version bigint  not null
);

insert into data_version (id, version) values (1, 1);
