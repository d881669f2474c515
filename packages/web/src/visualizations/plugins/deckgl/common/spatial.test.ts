import { describe, expect, it } from 'vitest';
import { decodeSpatialPosition, readSpatial, spatialColumns } from './spatial';
import { validateSpatial } from './spatial-controls';

describe('readSpatial', () => {
  it('reads the flat controls of a location', () => {
    const config = readSpatial(
      { spatial_type: 'latlong', spatial_lon: 'LON', spatial_lat: 'LAT' },
      'spatial',
    );

    expect(config).toEqual({
      type: 'latlong',
      lonCol: 'LON',
      latCol: 'LAT',
      reverseCheckbox: false,
    });
    expect(spatialColumns(config)).toEqual(['LON', 'LAT']);
  });

  it('reads the object a Superset chart saved, the flat controls winning', () => {
    const saved = { type: 'latlong', lonCol: 'lon', latCol: 'lat' };

    expect(spatialColumns(readSpatial({ spatial: saved }, 'spatial'))).toEqual(['lon', 'lat']);
    expect(
      spatialColumns(readSpatial({ spatial: saved, spatial_lon: 'longitude' }, 'spatial')),
    ).toEqual(['longitude', 'lat']);
    expect(
      spatialColumns(
        readSpatial({ start_spatial: { type: 'geohash', geohashCol: 'gh' } }, 'start_spatial'),
      ),
    ).toEqual(['gh']);
  });
});

describe('validateSpatial', () => {
  it('names the missing columns of the chosen type', () => {
    expect(validateSpatial({ spatial_lon: 'LON' }, 'spatial')).toEqual([
      { control: 'spatial_lat', message: 'Latitude cannot be empty.' },
    ]);
    expect(validateSpatial({ end_spatial_type: 'delimited' }, 'end_spatial', 'End')).toEqual([
      {
        control: 'end_spatial_lonlat',
        message: 'End longitude & latitude column cannot be empty.',
      },
    ]);
  });

  it('accepts a location saved by Superset', () => {
    expect(
      validateSpatial({ spatial: { type: 'latlong', lonCol: 'a', latCol: 'b' } }, 'spatial'),
    ).toEqual([]);
  });
});

describe('decodeSpatialPosition', () => {
  it('reads longitude and latitude columns, numbers or numeric text', () => {
    const config = readSpatial({ spatial_lon: 'LON', spatial_lat: 'LAT' }, 'spatial');

    expect(decodeSpatialPosition({ LON: -122.4, LAT: '37.7' }, config)).toEqual([-122.4, 37.7]);
    expect(decodeSpatialPosition({ LON: null, LAT: 37.7 }, config)).toBeNull();
    expect(decodeSpatialPosition({ LON: 'n/a', LAT: 37.7 }, config)).toBeNull();
  });

  it('leaves out positions off the globe', () => {
    const config = readSpatial({ spatial_lon: 'x', spatial_lat: 'y' }, 'spatial');

    expect(decodeSpatialPosition({ x: 200, y: 10 }, config)).toBeNull();
  });

  it('reads "lon,lat" text, or "lat,lon" when reversed', () => {
    const plain = readSpatial({ spatial_type: 'delimited', spatial_lonlat: 'p' }, 'spatial');
    const reversed = readSpatial(
      { spatial_type: 'delimited', spatial_lonlat: 'p', spatial_reverse: true },
      'spatial',
    );

    expect(decodeSpatialPosition({ p: '-122.4, 37.7' }, plain)).toEqual([-122.4, 37.7]);
    expect(decodeSpatialPosition({ p: '37.7,-122.4' }, reversed)).toEqual([-122.4, 37.7]);
    expect(decodeSpatialPosition({ p: '37.7' }, plain)).toBeNull();
  });

  it('reads the centre of a geohash', () => {
    const config = readSpatial({ spatial_type: 'geohash', spatial_geohash: 'g' }, 'spatial');
    const position = decodeSpatialPosition({ g: 'u4pruydqqvj' }, config);

    expect(position?.[0]).toBeCloseTo(10.40744, 4);
    expect(position?.[1]).toBeCloseTo(57.64911, 4);
    expect(decodeSpatialPosition({ g: 'not-a-hash!' }, config)).toBeNull();
  });

  it('reads an adhoc SQL column by its label', () => {
    const config = readSpatial(
      {
        spatial_lon: { sqlExpression: 'lon / 1e6', label: 'lon_deg', expressionType: 'SQL' },
        spatial_lat: 'lat',
      },
      'spatial',
    );

    expect(decodeSpatialPosition({ lon_deg: 2.35, lat: 48.85 }, config)).toEqual([2.35, 48.85]);
  });
});
