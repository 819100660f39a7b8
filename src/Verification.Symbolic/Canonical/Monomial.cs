using System.Collections.Immutable;
using System.Text;

namespace Verification.Symbolic.Canonical;

/// <summary>
/// A product of atoms raised to positive integer powers, x²·y·log(S), kept sorted by atom name so
/// that equal products are equal objects. Atoms are real symbols or logarithm atoms (see
/// <see cref="Canonical.CanonicalContext"/>), identified by their key.
/// </summary>
internal sealed class Monomial : SortedTerms<Monomial, AtomPower>
{
    private Monomial(ImmutableArray<AtomPower> factors)
        : base(factors)
    {
    }

    /// <summary>The empty product.</summary>
    public static Monomial One { get; } = new([]);

    /// <summary>Atoms with their powers, sorted by atom key (ordinal).</summary>
    public ImmutableArray<AtomPower> Factors => Items;

    public bool IsOne => Factors.IsEmpty;

    /// <summary>Total degree.</summary>
    public int Degree
    {
        get
        {
            var degree = 0;
            foreach (var factor in Factors)
            {
                degree += factor.Power;
            }

            return degree;
        }
    }

    public static Monomial Of(string atom, int power = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(power);
        return new([new AtomPower(atom, power)]);
    }

    public int PowerOf(string atom)
    {
        foreach (var factor in Factors)
        {
            if (string.Equals(factor.Atom, atom, StringComparison.Ordinal))
            {
                return factor.Power;
            }
        }

        return 0;
    }

    public bool Contains(string atom) => PowerOf(atom) != 0;

    /// <summary>Product of two monomials: powers of shared atoms add (a merge of two sorted lists).</summary>
    public Monomial Multiply(Monomial other)
    {
        if (IsOne)
        {
            return other;
        }

        if (other.IsOne)
        {
            return this;
        }

        return new(SortedMerge.Merge(
            Factors,
            other.Factors,
            static (a, b) => string.CompareOrdinal(a.Atom, b.Atom),
            static (a, b) => (AtomPower?)new AtomPower(a.Atom, a.Power + b.Power)));
    }

    public Monomial Power(int exponent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(exponent);
        if (exponent == 0)
        {
            return One;
        }

        return exponent == 1 ? this : new([.. Factors.Select(f => new AtomPower(f.Atom, f.Power * exponent))]);
    }

    /// <summary>This monomial with the power of <paramref name="atom"/> lowered by one (∂/∂atom without the factor).</summary>
    public Monomial WithoutOne(string atom) =>
        new([.. Factors.Select(f => string.Equals(f.Atom, atom, StringComparison.Ordinal) ? f with { Power = f.Power - 1 } : f).Where(f => f.Power > 0)]);

    /// <summary>The greatest common divisor: the smaller power of every shared atom.</summary>
    public Monomial GreatestCommonDivisor(Monomial other)
    {
        var builder = ImmutableArray.CreateBuilder<AtomPower>();
        foreach (var factor in Factors)
        {
            var power = Math.Min(factor.Power, other.PowerOf(factor.Atom));
            if (power > 0)
            {
                builder.Add(new AtomPower(factor.Atom, power));
            }
        }

        return new(builder.ToImmutable());
    }

    /// <summary>This ÷ <paramref name="divisor"/>, which must divide it.</summary>
    public Monomial DivideExactly(Monomial divisor)
    {
        if (divisor.IsOne)
        {
            return this;
        }

        var builder = ImmutableArray.CreateBuilder<AtomPower>();
        foreach (var factor in Factors)
        {
            var power = factor.Power - divisor.PowerOf(factor.Atom);
            if (power < 0)
            {
                throw new InvalidOperationException($"{divisor} does not divide {this}.");
            }

            if (power > 0)
            {
                builder.Add(new AtomPower(factor.Atom, power));
            }
        }

        return new(builder.ToImmutable());
    }

    /// <summary>A fixed total order (graded, then lexicographic by atom key): used to sort terms canonically.</summary>
    public int CompareTo(Monomial other)
    {
        var byDegree = Degree.CompareTo(other.Degree);
        if (byDegree != 0)
        {
            return byDegree;
        }

        for (var k = 0; k < Math.Min(Factors.Length, other.Factors.Length); k++)
        {
            var byAtom = string.CompareOrdinal(Factors[k].Atom, other.Factors[k].Atom);
            if (byAtom != 0)
            {
                return byAtom;
            }

            var byPower = other.Factors[k].Power.CompareTo(Factors[k].Power);
            if (byPower != 0)
            {
                return byPower;
            }
        }

        return Factors.Length.CompareTo(other.Factors.Length);
    }

    public override string ToString()
    {
        if (IsOne)
        {
            return "1";
        }

        var text = new StringBuilder();
        foreach (var factor in Factors)
        {
            if (text.Length > 0)
            {
                text.Append('*');
            }

            text.Append(factor.Atom);
            if (factor.Power != 1)
            {
                text.Append('^').Append(factor.Power);
            }
        }

        return text.ToString();
    }
}

/// <summary>An atom raised to a positive power inside a <see cref="Monomial"/>.</summary>
internal readonly record struct AtomPower(string Atom, int Power);
