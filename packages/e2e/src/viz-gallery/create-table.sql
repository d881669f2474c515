-- The viz gallery's example data: one row per (day, slot) over two years, 2,920 rows, made
-- by arithmetic on the row number only (no random()), so every run draws the same charts.
-- Each row is a sale in one of twelve cities (region = its continent), of a product, through
-- a channel, with a flight-like arc to another city, the city's outline as a polygon, a
-- country (alpha-3 code and name), a US state (ISO 3166-2), a node of a World > region >
-- city tree, and a word. Skewed picks (floor(sqrt(n))) give maps and clouds uneven values.
CREATE TABLE viz_gallery_e2e AS
WITH cities(city_index, city, region, city_lat, city_lon) AS (
  VALUES
    (0, 'New York', 'Americas', 40.71, -74.01),
    (1, 'Sao Paulo', 'Americas', -23.55, -46.63),
    (2, 'Mexico City', 'Americas', 19.43, -99.13),
    (3, 'London', 'Europe', 51.51, -0.13),
    (4, 'Paris', 'Europe', 48.86, 2.35),
    (5, 'Berlin', 'Europe', 52.52, 13.40),
    (6, 'Tokyo', 'Asia', 35.68, 139.69),
    (7, 'Mumbai', 'Asia', 19.08, 72.88),
    (8, 'Singapore', 'Asia', 1.35, 103.82),
    (9, 'Sydney', 'Africa & Oceania', -33.87, 151.21),
    (10, 'Cairo', 'Africa & Oceania', 30.04, 31.24),
    (11, 'Nairobi', 'Africa & Oceania', -1.29, 36.82)
),
slots AS (
  SELECT
    n,
    n / 4 AS day_index,
    n % 12 AS city_index,
    (n % 12 + 1 + (n / 12) % 11) % 12 AS destination_index,
    (n / 12) % 5 AS product_index,
    (n * 5 + n / 60) % 3 AS channel_index
  FROM generate_series(0, 2919) AS n
),
sales AS (
  SELECT
    s.*,
    round((
      (100 + 40 * sin(2 * pi() * s.day_index / 365.0) + 15 * s.product_index + (s.n * 37) % 29)
      * (0.6 + ((s.city_index * 7) % 12) / 10.0)
    )::numeric, 2) AS sales
  FROM slots AS s
)
SELECT
  s.n + 1 AS id,
  TIMESTAMP '2024-01-01' + s.day_index * INTERVAL '1 day' AS ts,
  c.region,
  (ARRAY['Tea', 'Coffee', 'Cocoa', 'Juice', 'Water'])[s.product_index + 1] AS product,
  (ARRAY['Online', 'Retail', 'Partner'])[s.channel_index + 1] AS channel,
  s.sales,
  round((
    s.sales * (0.25 * sin(s.day_index / 20.0) + ((s.n % 5) - 2) * 0.04
    + ((s.city_index * 5) % 12 - 4) * 0.01)
  )::numeric, 2) AS profit,
  1 + (s.n * 13) % 17 + 3 * s.product_index AS quantity,
  round((2 + s.product_index * 1.75 + (s.n % 7) * 0.25)::numeric, 2) AS price,
  c.city,
  round((c.city_lat + ((s.n * 17) % 21 - 10) * 0.05)::numeric, 4) AS lat,
  round((c.city_lon + ((s.n * 29) % 21 - 10) * 0.05)::numeric, 4) AS lon,
  c.city_lat AS start_lat,
  c.city_lon AS start_lon,
  d.city_lat AS end_lat,
  d.city_lon AS end_lon,
  json_build_array(
    json_build_array(c.city_lon, c.city_lat),
    json_build_array(round((c.city_lon + d.city_lon) / 2, 2), round((c.city_lat + d.city_lat) / 2 + 8, 2)),
    json_build_array(d.city_lon, d.city_lat)
  )::text AS path_json,
  json_build_array(
    json_build_array(c.city_lon - 6, c.city_lat - 4),
    json_build_array(c.city_lon + 6, c.city_lat - 4),
    json_build_array(c.city_lon + 8, c.city_lat + 2),
    json_build_array(c.city_lon, c.city_lat + 6),
    json_build_array(c.city_lon - 8, c.city_lat + 2),
    json_build_array(c.city_lon - 6, c.city_lat - 4)
  )::text AS polygon_json,
  (ARRAY['USA', 'BRA', 'MEX', 'CAN', 'GBR', 'FRA', 'DEU', 'ESP', 'ITA', 'JPN',
         'IND', 'CHN', 'IDN', 'AUS', 'EGY', 'NGA', 'KEN', 'ZAF', 'ARG', 'RUS'])
    [1 + floor(sqrt(s.n % 400))::int] AS country_code,
  (ARRAY['United States', 'Brazil', 'Mexico', 'Canada', 'United Kingdom', 'France',
         'Germany', 'Spain', 'Italy', 'Japan', 'India', 'China', 'Indonesia', 'Australia',
         'Egypt', 'Nigeria', 'Kenya', 'South Africa', 'Argentina', 'Russia'])
    [1 + floor(sqrt(s.n % 400))::int] AS country_name,
  (ARRAY['US-AL', 'US-AK', 'US-AZ', 'US-AR', 'US-CA', 'US-CO', 'US-CT', 'US-DE', 'US-DC',
         'US-FL', 'US-GA', 'US-HI', 'US-ID', 'US-IL', 'US-IN', 'US-IA', 'US-KS', 'US-KY',
         'US-LA', 'US-ME', 'US-MD', 'US-MA', 'US-MI', 'US-MN', 'US-MS', 'US-MO', 'US-MT',
         'US-NE', 'US-NV', 'US-NH', 'US-NJ', 'US-NM', 'US-NY', 'US-NC', 'US-ND', 'US-OH',
         'US-OK', 'US-OR', 'US-PA', 'US-RI', 'US-SC', 'US-SD', 'US-TN', 'US-TX', 'US-UT',
         'US-VT', 'US-VA', 'US-WA', 'US-WV', 'US-WI', 'US-WY'])
    [1 + floor(sqrt((s.n * 7) % 2601))::int] AS state_code,
  CASE
    WHEN s.n % 20 = 0 THEN NULL
    WHEN s.n % 20 < 5 THEN 'World'
    ELSE c.region
  END AS parent_node,
  CASE
    WHEN s.n % 20 = 0 THEN 'World'
    WHEN s.n % 20 < 5 THEN c.region
    ELSE c.city
  END AS child_node,
  (ARRAY['dashboard', 'chart', 'metric', 'query', 'dataset', 'filter', 'column', 'table',
         'pivot', 'sankey', 'treemap', 'sunburst', 'gauge', 'funnel', 'radar', 'heatmap',
         'bubble', 'waterfall', 'histogram', 'calendar', 'explore', 'database', 'schema',
         'engine', 'cache', 'alert', 'report', 'annotation', 'sqllab', 'superset'])
    [1 + floor(sqrt(s.n % 900))::int] AS word
FROM sales AS s
JOIN cities AS c ON c.city_index = s.city_index
JOIN cities AS d ON d.city_index = s.destination_index
