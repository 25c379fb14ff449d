-- Land Registration Office → Tax office: what a sector agency does, so that the desk offers the Tax offices when a
-- land dossier's information slip is sent, and only a Land Registration Office sends one. The slip and the Tax
-- office's notice are stored as data of the transfer and return entries of the append-only action log.
alter table units add column sector text
  check (sector is null or (type = 'sector_agency' and sector in ('land_registration', 'tax')));
