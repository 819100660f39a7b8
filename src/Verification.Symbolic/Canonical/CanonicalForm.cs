using System.Collections.Immutable;
using System.Text;
using Fractions;

namespace Verification.Symbolic.Canonical;

/// <summary>
/// The canonical form of an expression of the fragment: A · Π Fᵢ^kᵢ, an expanded exponential
/// polynomial A times normalised factors Fᵢ with non-zero integer powers (negative = denominator).
/// </summary>
/// <remarks>
/// The form is zero exactly when A has no terms: every factor is a non-zero exponential
/// polynomial, hence a non-zero function (see <see cref="ExpPolynomial"/>). That is the whole
/// decision procedure: f = g iff the canonical form of f − g is zero. Keeping denominators
/// factored (instead of one expanded denominator) is what makes the softmax family cheap: every
/// entry of the n-class Jacobian shares the single factor S = Σ e^(zₖ), so combining two entries
/// costs O(n) instead of O(n²) or worse.
/// </remarks>
internal sealed class CanonicalForm
{
    private CanonicalForm(ExpPolynomial coefficient, ImmutableArray<FactorPower> factors)
    {
        Coefficient = coefficient;
        Factors = coefficient.IsZero ? [] : factors;
    }

    public static CanonicalForm Zero { get; } = new(ExpPolynomial.Zero, []);

    public static CanonicalForm One { get; } = new(ExpPolynomial.One, []);

    /// <summary>The expanded exponential polynomial A.</summary>
    public ExpPolynomial Coefficient { get; }

    /// <summary>Normalised factors with their non-zero powers.</summary>
    public ImmutableArray<FactorPower> Factors { get; }

    public bool IsZero => Coefficient.IsZero;

    public static CanonicalForm Constant(Fraction value) => new(ExpPolynomial.Constant(value), []);

    public static CanonicalForm From(ExpPolynomial value) => new(value, []);

    public static CanonicalForm From(Polynomial value) => new(ExpPolynomial.FromPolynomial(value), []);

    internal static CanonicalForm Create(ExpPolynomial coefficient, IEnumerable<FactorPower> factors) =>
        new(coefficient, [.. factors.Where(f => f.Power != 0)]);

    /// <summary>Every atom the form mentions, in the coefficient or in a factor.</summary>
    public IEnumerable<string> Atoms => Coefficient.Atoms.Concat(Factors.SelectMany(f => f.Factor.Atoms)).Distinct(StringComparer.Ordinal);

    public CanonicalForm Negate() => new(Coefficient.Negate(), Factors);

    public CanonicalForm Scale(Fraction factor) => new(Coefficient.Scale(factor), Factors);

    /// <summary>
    /// A·ΠF^a + B·ΠF^b = ΠF^m · (A·ΠF^(a−m) + B·ΠF^(b−m)) with m = min(a, b) per factor: the common
    /// part stays factored and only the non-negative leftovers are expanded.
    /// </summary>
    public CanonicalForm Add(CanonicalForm other, CanonicalContext context)
    {
        if (IsZero)
        {
            return other;
        }

        if (other.IsZero)
        {
            return this;
        }

        var powersHere = PowerTable(Factors);
        var powersThere = PowerTable(other.Factors);
        var common = new List<FactorPower>();
        var leftoverHere = Coefficient;
        var leftoverThere = other.Coefficient;
        foreach (var factor in powersHere.Keys.Union(powersThere.Keys))
        {
            var a = powersHere.GetValueOrDefault(factor);
            var b = powersThere.GetValueOrDefault(factor);
            var minimum = Math.Min(a, b);
            common.Add(new FactorPower(factor, minimum));
            leftoverHere = leftoverHere.Multiply(context.Power(factor, a - minimum), context.Meter);
            leftoverThere = leftoverThere.Multiply(context.Power(factor, b - minimum), context.Meter);
        }

        return Tidy(leftoverHere.Add(leftoverThere, context.Meter), common, context);
    }

    public CanonicalForm Subtract(CanonicalForm other, CanonicalContext context) => Add(other.Negate(), context);

    /// <summary>(A·ΠF^a)·(B·ΠF^b) = (A·B)·ΠF^(a+b).</summary>
    public CanonicalForm Multiply(CanonicalForm other, CanonicalContext context)
    {
        if (IsZero || other.IsZero)
        {
            return Zero;
        }

        // 1·B = B: no term is formed (σ = 1/(1 + e^(−u)) unfolds to exactly this product).
        if (ReferenceEquals(this, One))
        {
            return other;
        }

        var powers = PowerTable(Factors);
        foreach (var factor in other.Factors)
        {
            powers[factor.Factor] = powers.GetValueOrDefault(factor.Factor) + factor.Power;
        }

        var coefficient = Coefficient.Multiply(other.Coefficient, context.Meter);
        return Tidy(coefficient, powers.Select(p => new FactorPower(p.Key, p.Value)), context);
    }

    /// <summary>
    /// (A·ΠF^a)⁻¹ = u⁻¹ · ΠGⱼ^(−1) · ΠF^(−a) where A = u·ΠGⱼ is A split into a unit and normalised factors.
    /// </summary>
    public CanonicalForm Inverse(CanonicalContext context)
    {
        var (unit, coefficientFactors) = FactorNormalizer.Normalize(Coefficient);
        var powers = new Dictionary<ExpPolynomial, int>();
        foreach (var factor in Factors)
        {
            powers[factor.Factor] = -factor.Power;
        }

        foreach (var factor in coefficientFactors)
        {
            powers[factor.Factor] = powers.GetValueOrDefault(factor.Factor) - factor.Power;
        }

        context.Meter.Charge(powers.Count + 1);
        var inverseUnit = FactorNormalizer.Inverse(unit);
        return Create(ExpPolynomial.Term(inverseUnit.Coefficient, inverseUnit.Monomial, inverseUnit.Exponent), powers.Select(p => new FactorPower(p.Key, p.Value)));
    }

    public CanonicalForm Divide(CanonicalForm other, CanonicalContext context) => Multiply(other.Inverse(context), context);

    /// <summary>
    /// Integer power. A single-term coefficient is raised directly; a longer one becomes a factor
    /// with that power instead of being expanded (so (1 + e^x)^1000 costs nothing until it is added
    /// to something with a different factorisation).
    /// </summary>
    public CanonicalForm Power(int exponent, CanonicalContext context)
    {
        if (Math.Abs((long)exponent) > context.Limits.MaxPower)
        {
            throw new WorkLimitExceededException($"too large: exponent {exponent} exceeds {context.Limits.MaxPower} (EngineLimits.MaxPower)");
        }

        if (exponent == 0)
        {
            return IsZero ? throw new OutsideFragmentException("0^0 is undefined") : One;
        }

        if (exponent < 0)
        {
            return Inverse(context).Power(-exponent, context);
        }

        if (IsZero)
        {
            return Zero;
        }

        var (unit, coefficientFactors) = Split(Coefficient);
        var powers = new Dictionary<ExpPolynomial, int>();
        foreach (var factor in Factors.Concat(coefficientFactors))
        {
            powers[factor.Factor] = powers.GetValueOrDefault(factor.Factor) + (factor.Power * exponent);
        }

        var raisedUnit = ExpPolynomial.Term(Fraction.Pow(unit.Coefficient, exponent), unit.Monomial.Power(exponent), unit.Exponent.Scale(exponent));
        return Create(raisedUnit, powers.Select(p => new FactorPower(p.Key, p.Value)));
    }

    /// <summary>
    /// ∂/∂atom with every other atom held fixed, by the product rule over the factors:
    /// (A·ΠF^a)' = ΠF^(a−1)·(A'·ΠF + A·Σ a_F·F'·Π_(G≠F) G), the products over the factors that depend on the atom.
    /// </summary>
    public CanonicalForm PartialDerivative(string atom, CanonicalContext context)
    {
        if (IsZero)
        {
            return Zero;
        }

        var dependent = Factors.Where(f => f.Factor.ContainsAtom(atom)).ToList();
        var derivativeOfCoefficient = Coefficient.PartialDerivative(atom, context.Meter);
        if (dependent.Count == 0)
        {
            return Create(derivativeOfCoefficient, Factors);
        }

        var productOfDependent = dependent.Aggregate(ExpPolynomial.One, (product, f) => product.Multiply(f.Factor, context.Meter));
        var sum = derivativeOfCoefficient.Multiply(productOfDependent, context.Meter);
        foreach (var factor in dependent)
        {
            var others = dependent.Where(g => !ReferenceEquals(g.Factor, factor.Factor))
                .Aggregate(ExpPolynomial.One, (product, g) => product.Multiply(g.Factor, context.Meter));
            var term = Coefficient.Multiply(factor.Factor.PartialDerivative(atom, context.Meter), context.Meter)
                .Multiply(others, context.Meter)
                .Scale(factor.Power);
            sum = sum.Add(term, context.Meter);
        }

        var factors = Factors.Select(f => f.Factor.ContainsAtom(atom) ? f with { Power = f.Power - 1 } : f);
        return Tidy(sum, factors, context);
    }

    /// <summary>The product A·ΠF^k with every power expanded; only valid when no power is negative.</summary>
    public ExpPolynomial ExpandNumerator(CanonicalContext context)
    {
        if (Factors.Any(f => f.Power < 0))
        {
            throw new InvalidOperationException("The form has a denominator.");
        }

        return Factors.Aggregate(Coefficient, (product, f) => product.Multiply(context.Power(f.Factor, f.Power), context.Meter));
    }

    public override string ToString()
    {
        if (Factors.IsEmpty)
        {
            return Coefficient.ToString();
        }

        var text = new StringBuilder();
        text.Append('(').Append(Coefficient).Append(')');
        foreach (var factor in Factors.Where(f => f.Power > 0))
        {
            text.Append(" * (").Append(factor.Factor).Append(')');
            if (factor.Power != 1)
            {
                text.Append('^').Append(factor.Power);
            }
        }

        foreach (var factor in Factors.Where(f => f.Power < 0))
        {
            text.Append(" / (").Append(factor.Factor).Append(')');
            if (factor.Power != -1)
            {
                text.Append('^').Append(-factor.Power);
            }
        }

        return text.ToString();
    }

    internal static (ExpTerm Unit, List<FactorPower> Factors) Split(ExpPolynomial value) =>
        value.IsSingleTerm && value.Terms[0].Monomial.IsOne ? (value.Terms[0], []) : FactorNormalizer.Normalize(value);

    private static Dictionary<ExpPolynomial, int> PowerTable(ImmutableArray<FactorPower> factors)
    {
        var table = new Dictionary<ExpPolynomial, int>(factors.Length);
        foreach (var factor in factors)
        {
            table[factor.Factor] = factor.Power;
        }

        return table;
    }

    /// <summary>
    /// Cancels the coefficient against a denominator factor when it is that factor up to a unit
    /// (S/S, or the 1 − σ(z) = e^(−z)/(1 + e^(−z)) shape); keeps results small, never changes the value.
    /// </summary>
    private static CanonicalForm Tidy(ExpPolynomial coefficient, IEnumerable<FactorPower> factors, CanonicalContext context)
    {
        var list = factors.Where(f => f.Power != 0).ToList();
        if (coefficient.IsZero || coefficient.IsSingleTerm || !list.Any(f => f.Power < 0 && f.Factor.Terms.Length == coefficient.Terms.Length))
        {
            return Create(coefficient, list);
        }

        context.Meter.Charge(coefficient.Terms.Length);
        var (unit, coefficientFactors) = FactorNormalizer.Normalize(coefficient);
        if (!coefficientFactors.All(c => list.Any(f => f.Power < 0 && f.Factor.Equals(c.Factor))))
        {
            return Create(coefficient, list);
        }

        var powers = list.ToDictionary(f => f.Factor, f => f.Power);
        foreach (var factor in coefficientFactors)
        {
            powers[factor.Factor] += factor.Power;
        }

        return Create(ExpPolynomial.Term(unit.Coefficient, unit.Monomial, unit.Exponent), powers.Select(p => new FactorPower(p.Key, p.Value)));
    }
}
