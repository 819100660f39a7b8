namespace Verification.Symbolic.Explanation;

/// <summary>The rule names of the explanation lines beyond the differentiation rules (<see cref="Calculus.DifferentiationRules"/>).</summary>
public static class ExplanationRules
{
    /// <summary>The first line: the expression as given.</summary>
    public const string Given = "given";

    /// <summary>Named functions replaced by their definitions.</summary>
    public const string DefinitionsUnfolded = "definitions unfolded";

    /// <summary>The canonical form written back: e^a·e^b = e^(a+b), one common denominator.</summary>
    public const string ExponentialForm = "algebra: exp rules (e^a·e^b = e^(a+b)), common denominator";

    /// <summary>e^u = σ(u)/(1 − σ(u)).</summary>
    public const string RecogniseSigmoid = "recognise σ: e^u = σ(u)/(1 − σ(u))";

    /// <summary>e^(z_k) = s_k·S.</summary>
    public const string RecogniseSoftmax = "recognise s_k: e^(z_k) = s_k·S with S = Σ e^(z_k)";

    /// <summary>Both substitutions at once.</summary>
    public const string RecogniseBoth = "recognise σ and s_k: e^u = σ(u)/(1 − σ(u)), e^(z_k) = s_k·S";

    /// <summary>The fractions of the substitution cleared; S cancels (degree 0).</summary>
    public const string ClearFractions = "algebra: clear the fractions (S cancels: degree 0 in the e^(z_k))";

    /// <summary>The fractions of e^u = σ/(1 − σ) cleared.</summary>
    public const string ClearSigmoidFractions = "algebra: clear the fractions";

    /// <summary>The shortest form on the simplex, factored.</summary>
    public const string SimplexAndFactor = "Σ s_k = 1; factor";

    /// <summary>Factored.</summary>
    public const string Factor = "algebra: factor";

    /// <summary>The derivatives left when the lines grew too long, taken in one step.</summary>
    public const string RemainingDerivatives = "the remaining derivatives by the same rules, then exp rules";

    /// <summary>The last line of a true claim's derivation: its right side.</summary>
    public const string RightSide = "algebra: the right side of the claim";
}
