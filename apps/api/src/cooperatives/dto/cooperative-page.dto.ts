import { ApiProperty } from '@nestjs/swagger';
import { CooperativeResponseDto } from './cooperative-response.dto';

export class CooperativePageDto {
  @ApiProperty({ type: [CooperativeResponseDto] })
  items: CooperativeResponseDto[];

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Pass as `after` for the next page; null on the last page',
  })
  nextCursor: string | null;
}
