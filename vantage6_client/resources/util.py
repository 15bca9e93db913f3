"""``client.util``: the server itself, your password and two-factor login, keys."""

from __future__ import annotations

from pathlib import Path

from vantage6_hq_api.models import Health as HQHealth
from vantage6_server_api.models import (
    ChangePasswordInput,
    Health,
    Message,
    Recover2FAInput,
    RecoverPasswordInput,
    Reset2FAInput,
    ResetPasswordInput,
    TwoFactorSetup,
    UserTokenValidation,
    Version,
)

from vantage6_client._crypto import generate_private_key, write_private_key
from vantage6_client._exceptions import InvalidArgumentError
from vantage6_client.resources._base import ServerApiGroup, given_fields, require_text
from vantage6_client.resources._limits import (
    LONG_TEXT,
    SHORT_TEXT,
    require_email,
    require_length,
)


class UtilGroup(ServerApiGroup):
    """Utilities: server version and health, passwords, two-factor login, keys."""

    def get_server_version(self, attempts_on_timeout: int | None = None) -> Version:
        """The version of the vantage6 server.

        Needs no login.

        Parameters
        ----------
        attempts_on_timeout : int | None
            How often to try when the server does not answer in time; by
            default this client's retry policy decides.

        Returns
        -------
        Version
            ``version.version`` is e.g. ``"4.15.2"``.

        Raises
        ------
        InvalidArgumentError
            ``attempts_on_timeout`` is not a whole number from 1; nothing was
            sent.
        """
        client = self._client
        if attempts_on_timeout is not None:
            if not isinstance(attempts_on_timeout, int) or attempts_on_timeout < 1:
                raise InvalidArgumentError("attempts_on_timeout must be at least 1")
            client = client.with_options(max_retries=attempts_on_timeout - 1)
        return client._transport.call_public(Version, self._ops.util_get_server_version)

    def get_server_health(self) -> Health | HQHealth:
        """Whether the server runs and reaches its database.

        Needs no login.

        Returns
        -------
        Health | HQHealth
            ``health.database`` is False when the database is unreachable;
            a 5.x HQ's (``HQHealth``) also says ``api``.
        """
        if self._on_hq:
            return self._transport.call_public(
                HQHealth, self._hq_ops.util_get_server_health
            )
        return self._transport.call_public(Health, self._ops.util_get_server_health)

    def get_hq_version(self, attempts_on_timeout: int | None = None) -> Version:
        """The server's version: the official 5.x client's name for
        :meth:`get_server_version` (either name works on either line).

        Needs no login.

        Parameters
        ----------
        attempts_on_timeout : int | None
            How often to try when the server does not answer in time; by
            default this client's retry policy decides.

        Returns
        -------
        Version
            ``version.version`` is e.g. ``"5.0.3"``.

        Raises
        ------
        InvalidArgumentError
            ``attempts_on_timeout`` is not a whole number from 1; nothing was
            sent.
        """
        return self.get_server_version(attempts_on_timeout)

    def get_hq_health(self) -> Health | HQHealth:
        """Whether the server runs and reaches its database: the official
        5.x client's name for :meth:`get_server_health`.

        Needs no login.

        Returns
        -------
        Health | HQHealth
            ``health.database`` is False when the database is unreachable.
        """
        return self.get_server_health()

    def change_my_password(self, current_password: str, new_password: str) -> Message:
        """Change the password of the logged-in user.

        Parameters
        ----------
        current_password : str
            The password now.
        new_password : str
            The new one: 8 to 128 characters with a digit, an uppercase and a
            lowercase letter and a special character.

        Returns
        -------
        Message
            The server's confirmation.

        Raises
        ------
        InvalidArgumentError
            A password is empty, or the current one is longer than 128
            characters; nothing was sent.
        NotLoggedInError
            Not logged in; nothing was sent.
        AuthenticationError
            The current password is wrong.
        BadRequestError
            The new password breaks the policy, or equals the current one.
        """
        require_text(current_password=current_password, new_password=new_password)
        require_length("current_password", current_password, at_most=SHORT_TEXT)
        body = ChangePasswordInput(
            current_password=current_password, new_password=new_password
        )
        return self._send(Message, self._ops.util_change_my_password, body)

    def reset_my_password(
        self, email: str | None = None, username: str | None = None
    ) -> Message:
        """Ask for an e-mail with a token to set a new password.

        Needs no login. The server answers the same whether or not the
        account exists, and sends mail only when it has SMTP settings.

        Parameters
        ----------
        email : str | None
            The account's e-mail address.
        username : str | None
            Or its username (wins when both are given).

        Returns
        -------
        Message
            The server's (uniform) answer.

        Raises
        ------
        InvalidArgumentError
            Neither ``email`` nor ``username`` is given, ``email`` is not an
            e-mail address, or ``username`` is longer than 128 characters;
            nothing was sent.
        """
        if not email and not username:
            raise InvalidArgumentError("give the account's email or username")
        require_email("email", email or None)
        require_length("username", username, at_most=SHORT_TEXT)
        # an empty value sends nothing, as None does
        body = given_fields(
            RecoverPasswordInput, email=email or None, username=username or None
        )
        return self._transport.call_public(
            Message, self._ops.util_reset_my_password, body=body
        )

    def set_my_password(self, token: str, password: str) -> Message:
        """Set a new password with the token from the reset e-mail.

        Needs no login.

        Parameters
        ----------
        token : str
            The reset token from the e-mail.
        password : str
            The new password (see :meth:`change_my_password` for the policy).

        Returns
        -------
        Message
            The server's confirmation.

        Raises
        ------
        InvalidArgumentError
            The token or the password is empty, or the token is longer than
            1024 characters; nothing was sent.
        BadRequestError
            Invalid token, or the password breaks the policy.
        AuthenticationError
            The token has expired.
        """
        require_text(token=token, password=password)
        require_length("token", token, at_most=LONG_TEXT)
        body = ResetPasswordInput(reset_token=token, password=password)
        return self._transport.call_public(
            Message, self._ops.util_set_my_password, body=body
        )

    def reset_two_factor_auth(
        self, password: str, email: str | None = None, username: str | None = None
    ) -> Message:
        """Ask for an e-mail with a token to set up two-factor login anew.

        Needs no login. The server identifies the account by username and
        password; it does not accept an e-mail address here.

        Parameters
        ----------
        password : str
            The account's password.
        email : str | None
            Not accepted by the server (the official client sent it, which
            always failed); give ``username``.
        username : str | None
            Required; the default None exists for compatibility with the
            official client's signature. The account's username.

        Returns
        -------
        Message
            The server's answer.

        Raises
        ------
        InvalidArgumentError
            No username or no password given, or either is longer than 128
            characters; nothing was sent.
        AuthenticationError
            Username or password wrong.
        BadRequestError
            The server cannot send e-mail (no SMTP settings).
        """
        if not username:
            raise InvalidArgumentError(
                "username is required: the server looks the account up by "
                "username and password here, not by e-mail"
            )
        require_text(password=password)
        require_length("username", username, at_most=SHORT_TEXT)
        require_length("password", password, at_most=SHORT_TEXT)
        body = Recover2FAInput(username=username, password=password)
        return self._transport.call_public(
            Message,
            self._ops.util_reset_two_factor_auth,
            body=body,
        )

    def set_two_factor_auth(self, token: str) -> TwoFactorSetup:
        """Get a new two-factor secret with the token from the reset e-mail.

        Needs no login.

        Parameters
        ----------
        token : str
            The reset token from the e-mail.

        Returns
        -------
        TwoFactorSetup
            ``qr_uri`` to show as QR code and ``otp_secret`` for entering by
            hand in an authenticator app.

        Raises
        ------
        InvalidArgumentError
            The token is empty or longer than 1024 characters; nothing was
            sent.
        BadRequestError
            The token is not valid.
        AuthenticationError
            The token has expired.
        """
        require_text(token=token)
        require_length("token", token, at_most=LONG_TEXT)
        body = Reset2FAInput(reset_token=token)
        return self._transport.call_public(
            TwoFactorSetup,
            self._ops.util_set_two_factor_auth,
            body=body,
        )

    def generate_private_key(
        self, file_: str | Path | None = None, *, overwrite: bool = False
    ) -> Path:
        """Create your organization's key pair and upload the public key.

        Writes a new RSA-4096 private key (readable by you only), replaces the
        public key the server holds for your organization and makes this
        client use the new key. Whatever was encrypted for the old key cannot
        be read with the new one.

        Parameters
        ----------
        file_ : str | Path | None
            Where to write the private key; by default
            ``privkey_<organization name>.pem`` in the working directory.
        overwrite : bool
            Replace an existing file, by default False.

        Returns
        -------
        Path
            The private key file.

        Raises
        ------
        NotLoggedInError
            Not logged in; nothing was written or sent.
        InvalidArgumentError
            The file exists and ``overwrite`` is False (nothing was sent), or
            it cannot be written.
        PermissionDeniedError
            You may not change your organization's public key.
        """
        whoami = self._client._require_login("generate_private_key")
        if file_ is None:
            safe = "".join(c if c.isalnum() else "_" for c in whoami.organization_name)
            file_ = Path(f"privkey_{safe or whoami.organization_id}.pem")
        key = generate_private_key()
        path = write_private_key(file_, key, overwrite=overwrite)
        self._client.setup_encryption(key, overwrite=True)
        return path

    def validate_user_token(self) -> UserTokenValidation:
        """Ask the server whether this session's access token is valid.

        Returns
        -------
        UserTokenValidation
            Who the token belongs to: user id, username, e-mail, organization.

        Raises
        ------
        NotLoggedInError
            Not logged in; nothing was sent.
        AuthenticationError
            The token is invalid or expired (and could not be refreshed).
        """
        return self._transport.call(UserTokenValidation, self._ops.validate_user_token)
