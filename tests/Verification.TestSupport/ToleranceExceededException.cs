namespace Verification.TestSupport;

/// <summary>A value lies outside its <see cref="Tolerance"/>; the message has both values and the allowed gap.</summary>
public sealed class ToleranceExceededException : Exception
{
    public ToleranceExceededException()
    {
    }

    public ToleranceExceededException(string message)
        : base(message)
    {
    }

    public ToleranceExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
