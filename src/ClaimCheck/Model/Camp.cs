namespace ClaimCheck;

/// <summary>The camp a source belongs to: who, broadly, is speaking.</summary>
public enum Camp
{
    /// <summary>SANA and state media, government officials and forces, military sources, loyalist media.</summary>
    State,
    /// <summary>The Syrian Observatory for Human Rights and its director.</summary>
    Sohr,
    /// <summary>Opposition outlets, activists, factions, the Civil Defence.</summary>
    Opposition,
    /// <summary>Everyone else: agencies, Russian media, Amaq, the UN, local and unnamed sources, unaligned outlets.</summary>
    Other,
}
