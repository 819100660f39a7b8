namespace Verification.Laws;

/// <summary>
/// Thrown by <see cref="LawAssert"/> when laws fail: the message names each failing law with its worst
/// counterexample and the sampling that reproduces it. Any test framework reports it as a failed test.
/// </summary>
public sealed class LawViolationException : Exception
{
    /// <summary>Creates the exception for the failing results.</summary>
    public LawViolationException(IReadOnlyList<LawResult> failures, string message)
        : base(message) => Failures = failures;

    /// <summary>Creates an exception with only a message (no results).</summary>
    public LawViolationException()
        : this([], "laws failed")
    {
    }

    /// <summary>Creates an exception with only a message (no results).</summary>
    public LawViolationException(string message)
        : this([], message)
    {
    }

    /// <summary>Creates an exception with only a message (no results).</summary>
    public LawViolationException(string message, Exception innerException)
        : base(message, innerException) => Failures = [];

    /// <summary>The failing (or, when required, not applicable) results.</summary>
    public IReadOnlyList<LawResult> Failures { get; }
}
