import { z } from 'zod';
import { ADMIN, EVERYONE, method } from './define';
import { id, optionalPhone, optionalText, requiredText } from './common';

export const roomFields = z.object({
  name: requiredText(100),
  /** The kejuruan the workshop serves, e.g. "Las", "Teknologi Informasi". */
  trade: optionalText(100),
  capacity: z
    .number({ message: 'number' })
    .int({ message: 'number' })
    .min(1, { message: 'capacity_range' })
    .max(500, { message: 'capacity_range' }),
  active: z.boolean().default(true),
});

export interface Room {
  id: number;
  name: string;
  trade: string;
  capacity: number;
  active: boolean;
}

/** A place outside the BLK where the Mobile Training Unit holds classes (village hall, pesantren). */
export const mtuSiteFields = z.object({
  name: requiredText(150),
  village: requiredText(100),
  district: requiredText(100),
  address: optionalText(300),
  contactName: optionalText(150),
  contactPhone: optionalPhone,
  active: z.boolean().default(true),
});

export interface MtuSite {
  id: number;
  name: string;
  village: string;
  district: string;
  address: string;
  contactName: string;
  contactPhone: string;
  active: boolean;
}

export const placesContract = {
  'rooms.list': method<Room[]>()({ input: z.object({}), access: EVERYONE, writes: false }),
  'rooms.create': method<Room>()({ input: roomFields, access: ADMIN, writes: true }),
  'rooms.update': method<Room>()({ input: roomFields.extend({ id }), access: ADMIN, writes: true }),
  'mtuSites.list': method<MtuSite[]>()({ input: z.object({}), access: EVERYONE, writes: false }),
  'mtuSites.create': method<MtuSite>()({ input: mtuSiteFields, access: ADMIN, writes: true }),
  'mtuSites.update': method<MtuSite>()({ input: mtuSiteFields.extend({ id }), access: ADMIN, writes: true }),
};
