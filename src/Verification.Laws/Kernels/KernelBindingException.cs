namespace Verification.Laws.Kernels;

/// <summary>
/// Thrown when an assembly or type cannot be bound to kernels; the message says what was looked for, what was
/// found instead and how to fix it, because it is shown as-is to someone auditing their own library.
/// </summary>
public sealed class KernelBindingException : Exception
{
    public KernelBindingException()
    {
    }

    public KernelBindingException(string message)
        : base(message)
    {
    }

    public KernelBindingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
