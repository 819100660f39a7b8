namespace Verification.TestSupport;

/// <summary>A snapshot differs from (or lacks) its approved file; the message has the diff and how to accept it.</summary>
public sealed class SnapshotMismatchException : Exception
{
    public SnapshotMismatchException()
    {
    }

    public SnapshotMismatchException(string message)
        : base(message)
    {
    }

    public SnapshotMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
