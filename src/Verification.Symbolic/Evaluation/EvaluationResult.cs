namespace Verification.Symbolic.Evaluation;

/// <summary>
/// The value of an expression at a point: <see cref="Defined"/> with a number, or
/// <see cref="Undefined"/> with the reason (division by zero, log of a non-positive number, …).
/// </summary>
public abstract record EvaluationResult
{
    private protected EvaluationResult()
    {
    }

    /// <summary>True when the expression has a value at the point.</summary>
    public bool IsDefined => this is Defined;

    /// <summary>The value, or an exception naming the reason when the expression is undefined.</summary>
    /// <exception cref="InvalidOperationException">When the result is <see cref="Undefined"/>.</exception>
    public HighPrecisionReal ValueOrThrow() => this switch
    {
        Defined defined => defined.Value,
        Undefined undefined => throw new InvalidOperationException($"The expression is undefined here: {undefined.Reason}."),
        _ => throw new InvalidOperationException("Unknown evaluation result."),
    };
}

/// <summary>The expression has the value <see cref="Value"/> at the point.</summary>
public sealed record Defined(HighPrecisionReal Value) : EvaluationResult;

/// <summary>The expression has no value at the point, for the stated reason.</summary>
public sealed record Undefined(string Reason) : EvaluationResult;
