"""Labels for probe set wl1 (wl-probe, issue #3: claims regulators cite in warning letters).

Seven pages in my own words, modelled on the claim TYPES that FDA/FTC warning and untitled
letters, FTC orders and ASA rulings cite (CBD and kratom disease claims, compounded GLP-1
sameness, stem cell and exosome clinics, IV drips and homeopathy, at-home ketamine), plus one
neutral patient leaflet. Labelled before the first run, in all eight span categories, the way
the f-m writers label; hard negatives are the compliant near misses (negated, cited with
author-year, accurate approved indication, supervised dosing, leaflet voice). The page-level
verdict is true only where a page gives no risk information at all.

First run (main a5fd9fb, warning+, nothing tuned): overall P 0.877 / R 0.646; efficacy
0.875/0.56, establishment 1.0/0.70, safety 1.0/0.82, dosing 0.67/0.44, regulatory 1.0/0.67,
comparative 0.86/0.86, promotional 0.73/0.73, testimonial 1.0/0.54; risk docs 4/0/0/3;
leaflet 0 findings. Misses by class: NEWS.md [wl-probe 20:00].
"""
import sys
from pathlib import Path

HERE = Path(__file__).parent
E, S, SA, D, R, C, P, T = ("efficacy", "establishment", "safety", "dosing",
                           "regulatory_status", "comparative", "promotional", "testimonial")

DOCS = {
    "w1_hemp_drops.md": ("promo", True, [
        ("quiet racing thoughts and stop panic attacks within minutes", E, "anxiety disorder claim with onset"),
        ("Our Night Oil is a natural remedy for insomnia", E, "disease remedy"),
        ("protects the brain against Alzheimer's and age-related memory loss", E, "disease prevention"),
        ("has been shown in laboratory research", S, "in-vitro research offered as proof"),
        ("starve tumour cells and stop them from spreading", E, "anti-cancer claim"),
        ("Doctors are quietly recommending CBD to their patients instead of prescription pills.", S, "unnamed doctors' endorsement"),
        ("Meadowroot helps you get through opioid withdrawal without the sweats, shakes and sleepless nights.", E, "opioid withdrawal claim"),
        ("with no risk of addiction", SA, "denies addiction risk"),
        ("Unlike opioids, it will never leave you foggy or dependent.", C, "contrast with a drug class"),
        ("bottled in an FDA-registered facility, so every batch meets federal drug standards", R, "registration as approval"),
        ("our oils are completely safe for the whole family, including young children", SA, "natural therefore safe, children"),
        ("There are no known side effects.", SA, "denies side effects"),
        ("Our Paws tincture calms separation anxiety and eases arthritis pain in older dogs.", E, "animal disease claim"),
        ("If you still feel anxious, take another dropper, as there is no upper limit with CBD.", D, "open-ended self-titration"),
        ("Meadowroot was part of what shrank my tumour", T, "cancer outcome story"),
        ("Six months without a single panic attack, and I've finally stopped my sertraline.", T, "outcome story, stopping medicine"),
        ("#beatcancer #anxietyrelief #opioidfree", E, "disease claims in hashtags"),
        ("Stock up today: buy two bottles and get the third free, this weekend only.", P, "free unit and deadline"),
    ], [
        ("Third-party lab tested, with a certificate of analysis on every product page.", S),
        ("The only FDA-approved CBD medicine is a prescription oral solution for seizures in a few rare forms of epilepsy", R),
        ("Each 1 ml dropper contains 33 mg of CBD.", D),
        ("Start with one dropper under the tongue and hold it for 60 seconds before swallowing.", D),
        ("This product is not intended to diagnose, treat, cure or prevent any disease.", E),
        ("We started Meadowroot in 2017 after our own mother turned to hemp during a hard year.", T),
    ]),
    "w2_glp1_telehealth.html": ("promo", False, [
        ("Doctor-trusted weight loss, delivered.", S, "implied medical endorsement"),
        ("made with the very same medicine that's inside Ozempic and Wegovy", R, "compounded drug equated with approved brands"),
        ("Our tirzepatide is generic Mounjaro", R, "compounded drug called a generic"),
        ("you get brand-name results without the brand-name markup", C, "parity with approved product"),
        ("Clinically proven", S, "proof claim for a compounded product"),
        ("help you lose up to 22% of your body weight", E, "outcome promise"),
        ("GLP-1 medications are FDA-approved, and ours are prepared by a state-licensed U.S. pharmacy.", R, "approval borrowed for compounded drug"),
        ("Cravings switch off from your very first dose.", E, "onset promise"),
        ("Members use SlimPath to reverse prediabetes", E, "disease reversal"),
        ("get off their blood pressure pills for good", P, "encourages stopping medication"),
        ("Patients taking semaglutide cut their risk of heart attack and stroke by 20%.", E, "relative risk, no absolute, not this product's indication"),
        ("with no video call or lab work required", P, "supervision presented as unnecessary"),
        ("Everyone starts at 0.25 mg a week and moves up every month until reaching 2.4 mg.", D, "fixed escalation for everyone"),
        ("Just message us and we'll skip you straight to a higher strength.", D, "dose step-up on request"),
        ("Down 61 pounds in five months and my A1c is normal for the first time in a decade!", T, "outcome story"),
        ("Side effects are rare, mild and gone within days.", SA, "risk minimised"),
        ("Lock in this rate before Friday, when prices go up.", P, "deadline urgency"),
    ], [
        ("Wegovy (semaglutide injection) is FDA-approved, together with a reduced-calorie diet", R),
        ("Compounded medications are not FDA-approved", R),
        ("adults on weekly semaglutide 2.4 mg lost an average of 14.9% of their body weight over 68 weeks", E),
        ("Your prescriber decides whether and when to increase your dose", D),
        ("Serious risks include inflammation of the pancreas", SA),
        ("Your vials ship in 48 hours in a cold pack.", P),
    ]),
    "w3_regen_institute.html": ("promo", True, [
        ("Heal from within with the power of stem cells.", P, "hype tagline"),
        ("repair damaged lung tissue in COPD and help patients come off supplemental oxygen", E, "organ repair claim"),
        ("We treat Parkinson's disease, multiple sclerosis, autism, knee arthritis and long COVID.", E, "list of serious diseases treated"),
        ("Exosome therapy reverses the signs of autism in children", E, "reversal claim"),
        ("parents tell us about better speech and eye contact within weeks", T, "reported anecdotes as evidence"),
        ("Results are comparable to, or better than, knee replacement surgery", C, "parity or superiority over surgery"),
        ("Our laboratory is FDA-registered and our cell products are exempt from FDA approval", R, "registration and exemption as a seal"),
        ("Peer-reviewed research confirms that mesenchymal stem cells regenerate worn cartilage.", S, "uncited proof claim"),
        ("with a 94% success rate", E, "in-house success figure"),
        ("Dr. Alan Reyes, our medical director, recommends regenerative therapy to every patient", T, "professional endorsement"),
        ("there is zero risk of rejection or reaction", SA, "absolute safety"),
        ("Stem cells are natural, so they carry none of the side effects of drugs.", SA, "natural therefore safe"),
        ("plus a booster every six months for life", D, "indefinite fixed schedule"),
        ("Dad couldn't hold a cup before his infusion. Three weeks later his tremor was gone.", T, "Parkinson's outcome story"),
        ("After two exosome treatments our son said his first full sentence.", T, "autism outcome story"),
        ("A miracle for families who have been told nothing more can be done.", P, "miracle and hope appeal"),
        ("Only five consultation slots left for March: claim yours before they're gone.", P, "scarcity"),
    ], [
        ("repeated umbilical-cord cell injections into the knee improved pain scores more than hyaluronic acid at 12 months", E),
        ("Stem cell treatments are not FDA-approved for any of the conditions listed on this page", R),
        ("The only FDA-approved stem cell products are cord-blood cells", R),
        ("A consultation is an assessment only, and it does not mean that treatment will be offered.", P),
        ("Renova offers umbilical-cord stem cell infusions, exosome injections and platelet-rich plasma", E),
    ]),
    "w4_wellspring_drips.md": ("promo", True, [
        ("Boost your immunity in under an hour.", E, "immune boosting with onset"),
        ("floods your body with 10,000 mg of vitamin C", D, "megadose as selling point"),
        ("to protect you from Covid, flu and every other winter virus", E, "infection prevention"),
        ("You get 100% absorption, unlike tablets, which your gut mostly wastes.", C, "superiority over oral route"),
        ("come in for a drip every week through the winter months", D, "self-selected weekly schedule"),
        ("Our drips are given by nurses, so they are completely safe.", SA, "absolute safety"),
        ("Vitamin D injections cut your chance of catching coronavirus in half.", E, "risk reduction of infection"),
        ("no prescription needed", R, "prescription-only injection offered without prescription"),
        ("a gentle alternative to steroid inhalers for children with asthma", C, "replaces essential asthma treatment"),
        ("Teething granules soothe sore gums and bring down fevers naturally.", E, "homeopathic treatment claim"),
        ("Homeopathic remedies have no side effects because they are so highly diluted.", SA, "denies side effects"),
        ("Research from a London hospital proves that homeopathy works.", S, "vague proof"),
        ("Trusted by NHS doctors.", S, "professional endorsement"),
        ("I've had my monthly drip for two years and haven't caught a single bug since.", T, "prevention story"),
        ("Six weeks on Breathe Easy and my daughter no longer needs her blue inhaler.", T, "story of stopping asthma medicine"),
        ("Don't wait until you're flat on your back this winter.", P, "fear appeal"),
        ("Three Immune Shield drips for £299 when you book before Sunday.", P, "deadline offer"),
    ], [
        ("Each drip is given by a registered nurse after a medical questionnaire and a blood pressure check.", SA),
        ("There is no good evidence that vitamin C drips prevent or treat Covid-19.", E),
        ("The NHS advises everyone in the UK to consider taking 10 micrograms of vitamin D a day", D),
        ("Homeopathic remedies sold here are not licensed medicines", R),
        ("call your GP or NHS 111 straight away", P),
    ]),
    "w5_ketamine_at_home.md": ("promo", False, [
        ("Ketamine has been FDA-approved for decades, and it is now prescribed for depression, anxiety and PTSD.", R, "anaesthetic approval stretched to psychiatric use"),
        ("Our sublingual tablets lift treatment-resistant depression in as little as one session.", E, "efficacy with onset"),
        ("Ketamine works faster and better than SSRIs, with no weight gain and no sexual side effects.", C, "superiority over a drug class"),
        ("It's just like Spravato, without the clinic or the paperwork.", R, "equated with an approved product"),
        ("Clinical studies show that 7 out of 10 people feel relief after a single dose.", S, "uncited study claim"),
        ("Treat yourself from the comfort of your couch, with no clinic visits ever.", P, "home use, no monitoring"),
        ("Your first six tablets (200 mg each) arrive in discreet packaging; take one every other evening.", D, "fixed take-home regimen"),
        ("If you don't feel the effect, take a second tablet.", D, "self-escalation"),
        ("Ketamine is not addictive when taken as directed.", SA, "denies addiction risk (Schedule III)"),
        ("I'd tried six antidepressants. Ketamine fixed me in a week.", T, "outcome story"),
        ("My PTSD nightmares stopped after my second session.", T, "outcome story"),
        ("Finally, hope that actually works.", P, "hope appeal"),
        ("Your first month is $99 with code RESET.", P, "price inducement"),
        ("Offer ends at midnight tonight.", P, "deadline"),
    ], [
        ("Ketamine is FDA-approved only as an anesthetic; using it for depression is off-label", R),
        ("Spravato (esketamine) nasal spray is approved for treatment-resistant depression", R),
        ("Your clinician sets your dose after an intake assessment and reviews it before every refill.", D),
        ("A trusted adult must stay with you for every session", P),
        ("Ketamine is not a cure for depression, and in studies about a third of people did not respond.", E),
        ("It can be misused and is a Schedule III controlled substance.", SA),
        ("Do not drive or operate machinery until the next day.", SA),
    ]),
    "w6_jungle_leaf.md": ("promo", True, [
        ("Nature's answer to opiate withdrawal.", E, "withdrawal treatment"),
        ("giving you powerful pain relief without a prescription", E, "pain treatment claim"),
        ("Thousands of former addicts have used our capsules to kick heroin for good.", E, "addiction cure"),
        ("Kratom is a leaf, not a drug, so it is 100% safe and non-habit-forming.", SA, "natural therefore safe, non-addictive"),
        ("It's safer than tramadol and every bit as strong.", C, "safer than and equal to a named drug"),
        ("Backed by over 500 studies.", S, "research volume"),
        ("Lab-verified and FDA-compliant.", R, "borrowed FDA status"),
        ("For stronger pain, go up to 10 grams at a time.", D, "self-escalation"),
        ("NeuroMax increases focus by 300% and reverses age-related memory loss.", E, "quantified cognitive claim, reversal"),
        ("Recommended by top neurologists and used by Silicon Valley founders.", S, "unnamed expert endorsement"),
        ("Morning Mend prevents hangovers", E, "hangover prevention (FDA: disease claim)"),
        ("so you can drink as much as you like", SA, "implies drinking is made harmless"),
        ("I was on oxy for eight years. Two weeks on Red Vein and I'm clean.", T, "addiction recovery story"),
        ("NeuroMax gave me my memory back at 72.", T, "memory outcome story"),
        ("40% off everything for the next two hours only.", P, "countdown discount"),
        ("Stock up while you still can: kratom could be banned any day.", P, "scarcity by fear"),
    ], [
        ("Kratom is not approved by the FDA for any medical use", R),
        ("approved medicines such as buprenorphine and methadone are available", R),
        ("a Cochrane review (Abdelhamid et al., 2020) found that supplements had little or no effect on heart attacks or strokes", E),
        ("These statements have not been evaluated by the Food and Drug Administration.", R),
    ]),
    "w7_bup_nx_leaflet.md": ("neutral", False, [], [
        ("used to treat opioid dependence, as part of a programme that also includes counselling and support", E),
        ("It does not cure opioid dependence, but it can reduce cravings and withdrawal symptoms while you are in treatment.", E),
        ("more people stayed in treatment on buprenorphine than on placebo", C),
        ("many people are then kept on 16 mg a day", D),
        ("Place the film under your tongue and let it dissolve completely.", D),
        ("Never take two doses together.", D),
        ("Common side effects include headache, constipation", SA),
        ("Stopping suddenly can bring on withdrawal symptoms, so your doctor will help you reduce the dose slowly.", P),
        ("Is it safe in pregnancy?", SA),
        ("Call 911 if someone has taken this medicine", P),
    ]),
}

if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    from make_labels import main

    main(HERE, DOCS)
