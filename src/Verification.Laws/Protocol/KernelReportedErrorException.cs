namespace Verification.Laws.Protocol;

/// <summary>
/// Thrown by a <see cref="RecordedImplementation"/> kernel for a case the script answered with an error: the laws
/// treat it as they treat any kernel that throws (the law fails, with the message as its evidence).
/// </summary>
public sealed class KernelReportedErrorException : Exception
{
    public KernelReportedErrorException()
    {
    }

    public KernelReportedErrorException(string message)
        : base(message)
    {
    }

    public KernelReportedErrorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
