/** The ports databases and caches listen on by default, with the product's name: what findings about exposure name. */
export const databasePorts: Readonly<Record<number, string>> = {
  1433: 'SQL Server',
  1521: 'Oracle',
  3306: 'MySQL',
  5432: 'PostgreSQL',
  6379: 'Redis',
  9042: 'Cassandra',
  9200: 'Elasticsearch',
  11211: 'Memcached',
  27017: 'MongoDB',
};

export const databasePortNumbers: readonly number[] = Object.keys(databasePorts).map(Number);

/** `PostgreSQL (5432)`. */
export const databasePortLabel = (port: number): string => `${databasePorts[port]} (${port})`;
