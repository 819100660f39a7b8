namespace Verification.Symbolic.Calculus;

/// <summary>The names recorded in <see cref="DifferentiationStep.Rule"/>.</summary>
public static class DifferentiationRules
{
    /// <summary>c' = 0, also for an expression in which the variable does not occur.</summary>
    public const string ConstantRule = "constant";

    /// <summary>x' = 1.</summary>
    public const string VariableRule = "variable";

    /// <summary>(u + v)' = u' + v'.</summary>
    public const string SumRule = "sum rule";

    /// <summary>(u − v)' = u' − v'.</summary>
    public const string DifferenceRule = "difference rule";

    /// <summary>(−u)' = −u'.</summary>
    public const string NegationRule = "negation rule";

    /// <summary>(u·v)' = u'·v + u·v'.</summary>
    public const string ProductRule = "product rule";

    /// <summary>(u/v)' = (u'·v − u·v') / v².</summary>
    public const string QuotientRule = "quotient rule";

    /// <summary>(x^n)' = n·x^(n−1).</summary>
    public const string PowerRule = "power rule";

    /// <summary>(e^x)' = e^x.</summary>
    public const string DerivativeOfExp = "derivative of exp";

    /// <summary>(log x)' = 1/x.</summary>
    public const string DerivativeOfLog = "derivative of log";

    /// <summary>∂/∂x (∂u/∂y): the inner derivative is taken first.</summary>
    public const string NestedDerivative = "nested derivative";

    /// <summary>Prefix of the chain-rule forms: (f(u))' = f'(u)·u'.</summary>
    public const string ChainRule = "chain rule";

    /// <summary>Prefix of the steps that replace a named function by its elementary definition.</summary>
    public const string DefinitionOf = "definition of";

    /// <summary>The outer rule applied to an inner expression other than the variable itself.</summary>
    public static string WithChainRule(string outerRule) => $"{ChainRule} with {outerRule}";
}
