namespace Verification.Symbolic.Evaluation;

/// <summary>
/// An expression's value at a point as <see cref="Enclosed"/> (an enclosure that contains it), or
/// <see cref="NotEnclosed"/> with the reason no useful enclosure was found there.
/// </summary>
public abstract record EnclosureResult
{
    private protected EnclosureResult()
    {
    }
}

/// <summary>The exact value lies in <see cref="Value"/>.</summary>
public sealed record Enclosed(Enclosure Value) : EnclosureResult;

/// <summary>
/// No enclosure: the expression is undefined at the point, or may be (a divisor or a log argument whose
/// enclosure contains 0 or a negative number), or a value is out of range, or the work budget ran out.
/// </summary>
/// <param name="Reason">Why, in a phrase.</param>
/// <param name="MorePrecisionMayHelp">True when a narrower enclosure could settle it (the doubtful operand is not exactly 0).</param>
public sealed record NotEnclosed(string Reason, bool MorePrecisionMayHelp) : EnclosureResult;
