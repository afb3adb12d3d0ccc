import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Length, Matches, Min } from 'class-validator';

export class RegisterWorkerRequest {
  @ApiProperty({ example: '76.04', description: "Sponsor's regency code (tenant)" })
  @Matches(/^\d{2}\.\d{2}$/)
  tenant: string;

  @ApiProperty({ example: '7604011205900001' })
  @Matches(/^\d{16}$/, { message: 'nik must be exactly 16 digits' })
  nik: string;

  @ApiProperty({ example: 'Contoh Pekerja' })
  @IsString()
  @Length(2, 120)
  fullName: string;

  @ApiProperty({ example: '1990-05-12' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'birthDate must be YYYY-MM-DD' })
  birthDate: string;

  @ApiProperty({ enum: ['M', 'F'] })
  @IsIn(['M', 'F'])
  sex: 'M' | 'F';

  @ApiProperty({ example: '76.04.01.2002' })
  @Matches(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, { message: 'desaCode must be a desa/kelurahan code like 76.04.01.2002' })
  desaCode: string;

  @ApiProperty({ example: 'ojek' })
  @IsString()
  occupation: string;

  @ApiProperty({ example: 1_000_000, description: 'Integer rupiah' })
  @IsInt()
  @Min(1_000_000)
  declaredMonthlyIncome: number;

  @ApiProperty({ example: '2026-03-01' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'enrolmentDate must be YYYY-MM-DD' })
  enrolmentDate: string;
}
