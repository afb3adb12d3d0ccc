import { NotFoundError } from '@jaring/kernel';
import type { Sponsor } from '../../domain';
import { SponsorRepository } from '../ports/sponsor.repository';

export class ReadSponsorsHandler {
  constructor(private readonly sponsors: SponsorRepository) {}

  list(): Promise<Sponsor[]> {
    return this.sponsors.list();
  }

  async byId(id: string): Promise<Sponsor> {
    const sponsor = await this.sponsors.findById(id);
    if (!sponsor) throw new NotFoundError('SPONSOR_NOT_FOUND', `no sponsor ${id}`, 'id');
    return sponsor;
  }
}
