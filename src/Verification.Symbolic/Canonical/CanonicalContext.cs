using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Canonical;

/// <summary>
/// The working state of one decision (or one family of decisions over the same symbols): the
/// logarithm atoms met so far, caches of factor powers and of canonical forms of sub-expressions,
/// and the <see cref="WorkMeter"/>. Not thread-safe; create one per decision or per claim family.
/// </summary>
/// <remarks>
/// A logarithm that cannot be split (log of a product of provably positive factors splits into a
/// sum) becomes an atom "log(…)" keyed by the canonical text of its argument: a new independent
/// symbol as far as the algebra is concerned, with derivative P'/P. A formal zero over such atoms
/// is still a proof (every value of the atoms gives zero); a non-zero form is not a disproof, which
/// is why refutation always needs a witness.
/// </remarks>
internal sealed class CanonicalContext(EngineLimits? limits = null)
{
    private const string LogPrefix = "log(";
    private readonly Dictionary<(ExpPolynomial Factor, int Power), ExpPolynomial> powers = [];
    private readonly Dictionary<string, CanonicalForm> logArguments = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Atom, string Variable), CanonicalForm> atomDerivatives = [];
    private readonly Dictionary<(string Atom, string Variable), bool> dependencies = [];

    public EngineLimits Limits { get; } = limits ?? EngineLimits.Default;

    public WorkMeter Meter { get; } = new(limits ?? EngineLimits.Default);

    /// <summary>Canonical forms of sub-expressions already seen (sub-expressions repeat a lot in softmax claims).</summary>
    internal Dictionary<Expr, CanonicalForm> Memo { get; } = [];

    public static bool IsLogAtom(string atom) => atom.StartsWith(LogPrefix, StringComparison.Ordinal);

    /// <summary>The argument P of the atom log(P).</summary>
    public CanonicalForm LogArgument(string atom) => logArguments[atom];

    /// <summary>Registers log(argument) as an atom and returns its key.</summary>
    public string LogAtom(CanonicalForm argument)
    {
        var key = LogPrefix + argument + ")";
        logArguments.TryAdd(key, argument);
        return key;
    }

    /// <summary>F^k expanded, cached.</summary>
    public ExpPolynomial Power(ExpPolynomial factor, int power)
    {
        if (power == 0)
        {
            return ExpPolynomial.One;
        }

        if (power == 1)
        {
            return factor;
        }

        if (!powers.TryGetValue((factor, power), out var result))
        {
            result = factor.Power(power, Meter);
            powers[(factor, power)] = result;
        }

        return result;
    }

    /// <summary>
    /// d/d(variable) through every atom that depends on it: Σₐ ∂f/∂a · da/d(variable), where a
    /// logarithm atom log(P) has derivative P'/P.
    /// </summary>
    public CanonicalForm Derivative(CanonicalForm form, string variable)
    {
        var result = CanonicalForm.Zero;
        foreach (var atom in form.Atoms.ToList())
        {
            if (string.Equals(atom, variable, StringComparison.Ordinal))
            {
                result = result.Add(form.PartialDerivative(atom, this), this);
            }
            else if (IsLogAtom(atom) && DependsOn(atom, variable))
            {
                var chain = form.PartialDerivative(atom, this).Multiply(AtomDerivative(atom, variable), this);
                result = result.Add(chain, this);
            }
        }

        return result;
    }

    private CanonicalForm AtomDerivative(string atom, string variable)
    {
        if (!atomDerivatives.TryGetValue((atom, variable), out var derivative))
        {
            // (log P)' = P'/P.
            var argument = logArguments[atom];
            derivative = Derivative(argument, variable).Divide(argument, this);
            atomDerivatives[(atom, variable)] = derivative;
        }

        return derivative;
    }

    private bool DependsOn(string atom, string variable)
    {
        if (!dependencies.TryGetValue((atom, variable), out var depends))
        {
            depends = logArguments[atom].Atoms.Any(a => string.Equals(a, variable, StringComparison.Ordinal) || (IsLogAtom(a) && DependsOn(a, variable)));
            dependencies[(atom, variable)] = depends;
        }

        return depends;
    }
}
