using Verification.Symbolic.Decision;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Explanation;

/// <summary>
/// A step of an explanation that the engine did not prove equal to the line before it. It is never
/// printed as a step: the explanation stops here, loudly (a bug in the step generator, or a step
/// beyond the engine's limits).
/// </summary>
public sealed class UnverifiedStepException : Exception
{
    public UnverifiedStepException(Expr previous, Expr next, string rule, Verdict verdict)
        : base($"the step '{rule}' from {previous} to {next} was not proved ({Describe(verdict)})")
    {
        Previous = previous;
        Next = next;
        Rule = rule;
        Verdict = verdict;
    }

    public UnverifiedStepException()
        : this("an explanation step was not proved")
    {
    }

    public UnverifiedStepException(string message)
        : base(message)
    {
        Previous = Next = Constant.Zero;
        Rule = string.Empty;
        Verdict = new Unknown(message);
    }

    public UnverifiedStepException(string message, Exception innerException)
        : base(message, innerException)
    {
        Previous = Next = Constant.Zero;
        Rule = string.Empty;
        Verdict = new Unknown(message);
    }

    /// <summary>The last verified line.</summary>
    public Expr Previous { get; }

    /// <summary>The line that failed.</summary>
    public Expr Next { get; }

    /// <summary>The rule the failed line claimed.</summary>
    public string Rule { get; }

    /// <summary>What the engine said about previous == next (a witness when the step is false).</summary>
    public Verdict Verdict { get; }

    private static string Describe(Verdict verdict) => verdict switch
    {
        Refuted r => $"refuted: the two lines differ at {string.Join(", ", r.Witness.Point.Select(p => $"{p.Key} = {p.Value}"))}",
        Unknown u => $"unknown: {u.Reason}",
        _ => "proved",
    };
}
