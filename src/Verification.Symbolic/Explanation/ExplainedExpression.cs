using System.Collections.Immutable;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Explanation;

/// <summary>
/// A derivation: <see cref="Steps"/> from the expression given to <see cref="Result"/>, every step
/// proved equal to the one before by the engine.
/// </summary>
/// <param name="Subject">The expression explained.</param>
/// <param name="Steps">The lines, the first being <paramref name="Subject"/>; each later one carries its proof.</param>
/// <param name="Form">The exponential and output forms of the subject (the result is <see cref="OutputForm.Best"/>).</param>
public sealed record ExplainedExpression(Expr Subject, ImmutableArray<ExplanationStep> Steps, OutputForm Form)
{
    /// <summary>The last line: the output form when there is one, else the simplest exponential form.</summary>
    public Expr Result => Steps[^1].Expression;

    /// <summary>True when <see cref="Result"/> is written in the outputs (σ, s_k), not in exponentials.</summary>
    public bool ResultInOutputs => Form.Output is not null;

    /// <summary>Said when there is no output form: why, and that the result is the exponential form.</summary>
    public string? Note => Form.Output is null
        ? $"no form in the outputs: {Form.NoOutputReason ?? "there are no σ or softmax outputs in the expression"}; the result is the simplest exponential form"
        : null;
}
