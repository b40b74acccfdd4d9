namespace ClaimCheck;

/// <summary>How a quantity's words bound its value (TimeML-style modifiers).</summary>
public enum QuantityQualifier
{
    /// <summary>A plain number: min = max = best.</summary>
    Exact,
    /// <summary>"نحو", "حوالي", "قرابة": approximately; the interval holds the stated value, see <see cref="Quantity.AboutTolerance"/> for comparison.</summary>
    About,
    /// <summary>"على الأقل", "لا يقل عن": the value or more.</summary>
    AtLeast,
    /// <summary>"أكثر من", "تجاوز": strictly more than the value.</summary>
    MoreThan,
    /// <summary>"على الأكثر", "لا يزيد عن": the value or less.</summary>
    AtMost,
    /// <summary>"أقل من": strictly less than the value.</summary>
    LessThan,
    /// <summary>"بين X و Y", "X–Y": an explicit range.</summary>
    Range,
    /// <summary>"عشرات", "مئات", "بضعة": a vague amount with a documented interval.</summary>
    Vague,
}
