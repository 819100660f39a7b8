namespace Verification.Symbolic.Canonical;

/// <summary>A decision crossed one of the <see cref="EngineLimits"/>; the message starts with "too large:".</summary>
internal sealed class WorkLimitExceededException(string message) : Exception(message);
