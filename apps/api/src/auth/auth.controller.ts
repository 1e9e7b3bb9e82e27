import { ROLES } from '@htx/domain';
import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ApiErrorDto } from '../http/api-error';
import { AuthService } from './auth.service';
import type { AuthenticatedUser } from './authenticated-user';
import { CurrentUser, Public, Roles } from './decorators';
import { SignInDto } from './dto/sign-in.dto';
import { SignInResponseDto, UserResponseDto } from './dto/user-response.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Đăng nhập / Sign in (local users); returns a bearer token' })
  @ApiOkResponse({ type: SignInResponseDto })
  @ApiUnauthorizedResponse({ type: ApiErrorDto })
  signIn(@Body() body: SignInDto): Promise<SignInResponseDto> {
    return this.auth.signIn(body.username, body.password, new Date());
  }

  @Get('me')
  @Roles(...ROLES)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Người dùng hiện tại / Who the token belongs to, with roles and reach' })
  @ApiOkResponse({ type: UserResponseDto })
  me(@CurrentUser() user: AuthenticatedUser): UserResponseDto {
    return user;
  }
}
