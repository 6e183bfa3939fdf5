import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/requirements/analyze-text';
import { classifyHeading, classifyLeadIn } from '@/lib/requirements/find-sections';
import { readClauseImportance, readStatedImportance } from '@/lib/requirements/read-clause-importance';
import { findYearsPhrases } from '@/lib/requirements/read-years';
import { AnalysisSchema, type Analysis } from '@/lib/schemas/analysis';

const importanceOf = (analysis: Analysis, id: string) =>
  analysis.requirements.find((r) => r.id === id)?.importance;

describe('classifyHeading', () => {
  it.each([
    ['Requirements', 'required'],
    ['**Qualifications:**', 'required'],
    ['What we are looking for:', 'required'],
    ['Experience and Skills', 'required'],
    ['Must-have', 'required'],
    ['Ihr Profil', 'required'],
    ['Anforderungen:', 'required'],
    ['Was du mitbringst', 'required'],
    ['Profil recherché', 'required'],
    ['Compétences', 'required'],
    ['Nice to have', 'preferred'],
    ['Bonus points', 'preferred'],
    ['Preferred qualifications', 'preferred'],
    ['Plus', 'preferred'],
    ['Wünschenswert', 'preferred'],
    ['Un plus', 'preferred'],
    ['Responsibilities', 'responsibilities'],
    ['Ihre Aufgaben', 'responsibilities'],
    ['About us', 'about'],
    ['Benefits', 'benefits'],
    ['Was wir bieten', 'benefits'],
    ['Technologies we use', 'tech'],
    ['Our stack', 'tech'],
    ['THE STACK:', 'tech'],
    ['Our Core tech stack', 'tech'],
    ['Our tech stack we use', 'tech'],
    ['Our technical stack', 'tech'],
    ['Tech we use', 'tech'],
    ['Technical environment', 'tech'],
    ['Stack requirements', 'required'],
    ['Tech stack you should know:', 'required'],
    ['Required stack:', null],
    ['Who are we looking for?', 'required'],
    ['What skills do you need to be successful here at Acme', 'required'],
    ['We are working with PHP, so a relevant experience is needed', null],
    ["What you'll bring", 'required'],
    ['Your key skills:', 'required'],
    ['Role Qualifications:', 'required'],
    ['⌲ You are the ideal candidate if:', 'required'],
    ['Обов’язково:', 'required'],
    ['Requisiti', 'required'],
    ['【必須スキル】', 'required'],
    ['You will get extra points for the following', 'preferred'],
    ['Bonus points if you have', 'preferred'],
    ['Будет плюсом:', 'preferred'],
    ['【歓迎スキル】', 'preferred'],
    ['As a Team Lead you will:', 'responsibilities'],
    ['You will work on:', 'responsibilities'],
    ['Задачі:', 'responsibilities'],
    ['Job benefits:', 'benefits'],
    ["What's in it for you", 'benefits'],
    ['Core technologies used in the platform:', 'tech'],
    ['Industry:', 'industry'],
    ['Sector', 'industry'],
    ['Good problem solving skills', null],
    ['Experience with Kafka', null],
  ])('%j is a %s heading', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });
});

describe('classifyLeadIn', () => {
  it.each([
    ['Experience with one tool in each of these areas is an advantage:', 'preferred'],
    ['It would be a plus if you have worked with:', 'preferred'],
    ['Backend people are expected to have solid knowledge of:', 'required'],
    ['All our seniors will have experience in:', 'required'],
    ['This is a must:', 'required'],
    ['Here is how a normal day looks:', null],
    ['We are a team of 20 people in two cities.', null],
    ['Experience with Kafka is an advantage', null],
  ])('%j opens a %s section', (line, kind) => {
    expect(classifyLeadIn(line)).toBe(kind);
  });
});

describe('readStatedImportance and readClauseImportance', () => {
  // The mention is the [bracketed] skill; the clause is its line.
  function stated(marked: string) {
    const start = marked.indexOf('[');
    const end = marked.indexOf(']') - 1;
    const text = marked.replace('[', '').replace(']', '');
    return readStatedImportance(text, start, end, 0, text.length);
  }

  it.each([
    ['Proven experience with JavaScript and frameworks, preferably [Angular]', 'preferred'],
    ['Proven experience with [JavaScript] and frameworks, preferably Angular', null],
    ['Ideally you have run [Kafka] in production', 'preferred'],
    ['Solid [Python]; ideally some Rust', null],
    ['Advantage: experience with [Docker]', 'preferred'],
    ['5 years of backend work (Advantage: [Go] or Rust)', 'preferred'],
    ['Knowledge of [SAP] (preferibile)', 'preferred'],
    ['Experience with [Jira] (nice to have)', 'preferred'],
    ['Cloud platforms (AWS preferred), [Docker]', null],
    ['Знання [Docker] буде плюсом', 'preferred'],
    ['[Python] обов’язково', 'required'],
    ['[Terraform] is a must', 'required'],
    ['Familiarity with [Kubernetes] is an advantage', 'preferred'],
    ['Conocimientos de [AWS] deseable', 'preferred'],
  ])('%j states %s', (marked, importance) => {
    expect(stated(marked)).toBe(importance);
  });

  it.each([
    ['Bonus: Rust', 'preferred'],
    ['Must have Go', 'required'],
    ['We build things', null],
  ])('the clause %j states %s', (clause, importance) => {
    expect(readClauseImportance(clause)).toBe(importance);
  });
});

describe('importance from sections', () => {
  it.each([
    [
      'a lead-in line ending in a colon carries its importance to its list',
      'Requirements\n• 3 years with Java\nExperience with a tool in each of these areas is advantageous:\nMonitoring: Datadog\nQueues: RabbitMQ',
      [
        ['java', 'required'],
        ['datadog', 'preferred'],
        ['rabbitmq', 'preferred'],
      ],
    ],
    [
      'an inline "Nice to have:" inside requirements qualifies its own line only',
      'Requirements:\nGood knowledge of PHP\nNice to have: knowledge of Kafka\nExperience with Docker',
      [
        ['php', 'required'],
        ['kafka', 'preferred'],
        ['docker', 'required'],
      ],
    ],
    [
      'an inline "Advantage:" label in a list',
      'Requirements\nStrong Python\nAdvantage: experience in AWS\nSQL',
      [
        ['python', 'required'],
        ['aws', 'preferred'],
        ['sql', 'required'],
      ],
    ],
    [
      'the team saying what it uses, inside the requirements, is mentioned',
      'You should feel comfortable with:\nTypeScript\nWe use PostgreSQL and Redis.\nWe are looking for someone fluent in SQL',
      [
        ['typescript', 'required'],
        ['postgresql', 'mentioned'],
        ['redis', 'mentioned'],
        ['sql', 'required'],
      ],
    ],
    [
      'the team saying what it favours, inside the requirements, is mentioned, what it believes in is its value; a value placed on people who know a skill asks for it',
      'Requirements\nWe are strong believers in Open Source.\nWe are passionate about TDD.\nWe bias towards managed services on AWS.\nWe value people who know SQL.\nWe need strong Python skills.',
      [
        ['open-source', undefined],
        ['tdd', 'mentioned'],
        ['aws', 'mentioned'],
        ['sql', 'required'],
        ['python', 'required'],
      ],
    ],
    [
      'a list after "What you\'ll bring" is required, the benefits after it are not',
      "What you'll bring\nSolid TypeScript\nJob benefits:\nA Linux or Mac laptop of your choice",
      [
        ['typescript', 'required'],
        ['linux', undefined],
      ],
    ],
    [
      'a practice named in a duty is mentioned; a soft skill among the perks is nothing',
      'Your tasks\n- Support other engineers through code reviews and pair programming\nWhat we offer\n- Team spirit and fun',
      [
        ['code-review', 'mentioned'],
        ['pair-programming', 'mentioned'],
        ['teamwork', undefined],
      ],
    ],
    [
      "a board's industry field names the domain, mentioned; the company's account of its field does not",
      'Industry:\nBanking Healthcare\nAbout us\nMeridian Bank has served clients in banking for 150 years.',
      [
        ['banking', 'mentioned'],
        ['healthcare', 'mentioned'],
      ],
    ],
    [
      'a practice in a technology tag list counts; the same word among the perks does not',
      'Technologies\nagile tdd postgresql\nWhat we offer\nAn agile and friendly office',
      [
        ['agile', 'mentioned'],
        ['tdd', 'mentioned'],
        ['postgresql', 'mentioned'],
      ],
    ],
    [
      'without an industry field or a tag list, a domain word in prose about the company is nothing',
      'Responsibilities\n- Build APIs in Go\nAbout us\nWe have served clients in banking for 150 years.',
      [
        ['go', 'mentioned'],
        ['banking', undefined],
      ],
    ],
    [
      'a practice naming a unit of the organisation is not asked; the same practice asked of the candidate is',
      'Responsibilities\n- Join the data engineering team and the devops squad\n- Partner with the Site Reliability Engineering (SRE) team\nRequirements\n- Experience with machine learning and TDD\n- 3 years in a threat detection role',
      [
        ['data-engineering', undefined],
        ['devops', undefined],
        ['sre', undefined],
        ['machine-learning', 'required'],
        ['tdd', 'required'],
        ['soc', 'required'],
      ],
    ],
    [
      'skills in the name of a unit the candidate joins are the name; the same skills used on the work count',
      'Responsibilities\n- As a member of the iOS Mobile Development team you ship features.\n- Join our Cloud Platform Infrastructure group as an engineer.\n- Join our team and build iOS apps on AWS.',
      [
        ['mobile-development', undefined],
        ['ios', 'mentioned'],
        ['aws', 'mentioned'],
      ],
    ],
    [
      "the rest of a joined unit's name may be in lower case; a kind of team ('part of an agile iOS team') is no name",
      'Responsibilities\n- You will be working as part of our Agile 10 person team to deliver new features.\n- You will work as part of our Agile hybrid DevOps teams.\nRequirements\n- Are you interested in becoming part of an agile iOS team?',
      [
        ['agile', 'required'],
        ['ios', 'required'],
        ['devops', undefined],
      ],
    ],
    [
      'a word saying what kind of unit it is may stand between the practice and the unit word; not a phrase that leaves the name',
      'Responsibilities\n- You will align with all Machine Learning platform teams across sites.\n- Coordinate the Data Science product team.\n- Build data governance product features for the DevOps feature teams.\nRequirements\n- Experience with SRE for product teams',
      [
        ['machine-learning', undefined],
        ['data-science', undefined],
        ['data-governance', 'mentioned'],
        ['devops', undefined],
        ['sre', 'required'],
      ],
    ],
    [
      'a unit named in lower case after its skill, with no other mention of the skill',
      'Responsibilities\n- You will be working as part of our Agile 10 person team to deliver new features.',
      [['agile', undefined]],
    ],
    [
      'a role named after "as" without an article is the role; the same words naming a certification are not',
      'Responsibilities\n- As Java Performance Engineer you will analyse the performance of web applications.\nRequirements\n- AWS DevOps Engineer or Azure DevOps certification',
      [
        ['java', undefined],
        ['aws', 'required'],
      ],
    ],
    [
      'what the colleagues are, like or do is not an ask; the people the company seeks, or the clause turned to the candidate, are',
      'About the team\nYou will support our experienced developers who are interested in machine learning.\nYou join a team of 22 software developers who work according to Scrum.\nRequirements\n- We are looking for engineers who know Kafka.\n- You work with our engineers who will teach you Terraform.',
      [
        ['machine-learning', undefined],
        ['scrum', undefined],
        ['kafka', 'required'],
        ['terraform', 'required'],
      ],
    ],
    [
      'a job family named after a practice, capitalised or not, is a unit; the practice asked of the candidate counts',
      'Responsibilities\n- Read the Data Engineering Job Family Overview and the machine learning job family page.\nRequirements\n- Experience in machine learning',
      [
        ['data-engineering', undefined],
        ['machine-learning', 'required'],
      ],
    ],
    [
      'a product before a team keeps its sense',
      'Requirements\n- You will work with the Kubernetes Platform team on Docker images',
      [['kubernetes', 'required']],
    ],
    [
      'a perk offered before the skill, even in a sentence that addresses the candidate',
      'We encourage you to join conferences and take training programmes.',
      [['develop-training-programmes', undefined]],
    ],
    [
      'a skill in a role name with a kind of engineering between is the role, not an ask',
      'We are hiring an experienced Android Software Engineer to our team.\nYou bring Python back-end engineering experience.',
      [
        ['android', undefined],
        ['python', 'required'],
      ],
    ],
    [
      'who a team is made of is not an ask; the work a group of engineers does is',
      'Responsibilities\n- The team consists of Backend Engineers Quality Assurance and Product Owners.\n- Join a diverse group of developers designers SRE and data analysts.\n- Work in a group of engineers working on machine learning.',
      [
        ['qa', undefined],
        ['sre', undefined],
        ['machine-learning', 'mentioned'],
      ],
    ],
    [
      'a practice named as a role: a unit ("Group"), a manager of it, the role\'s acronym, slang for a role',
      'Responsibilities\n- Join our Data Engineering Group in Berlin.\n- As a Manager SRE you lead the on-call rota.\n- As a Site Reliability Engineer (SRE) you keep services up.\n- Work in a team of DevOps warriors.',
      [
        ['data-engineering', undefined],
        ['sre', undefined],
        ['devops', undefined],
      ],
    ],
    [
      'the same practices asked of the candidate count',
      'Requirements\n- Experience in Site Reliability Engineering (SRE) and DevOps\n- Data engineering with Spark',
      [
        ['data-engineering', 'required'],
        ['sre', 'required'],
        ['devops', 'required'],
      ],
    ],
    [
      "a board's role field names the role, on its line or the next",
      'Job type:\nFull-time\nRole:\nDevOps\nREPORTS TO: Head of SRE\nIndustry:\nBanking',
      [
        ['devops', undefined],
        ['sre', undefined],
      ],
    ],
    [
      'a "Role:" heading over duties keeps their skills',
      'Role:\nBuild Kafka pipelines and bring DevOps practices to the team\nRequirements\n- SRE experience',
      [
        ['kafka', 'mentioned'],
        ['devops', 'mentioned'],
        ['sre', 'required'],
      ],
    ],
    [
      "under About us, the company's account of itself is nothing; its stack and what it says to the candidate count",
      'About us\nWe are a team of 80 co-workers specialising in machine learning and credit underwriting.\nMost of them have experience working in multicultural environments.\nWe use Python and Kafka everywhere.\nYou will look after our Terraform modules.\nRequirements\n- Experience with SQL',
      [
        ['machine-learning', undefined],
        ['intercultural', undefined],
        ['python', 'mentioned'],
        ['kafka', 'mentioned'],
        ['terraform', 'mentioned'],
        ['sql', 'required'],
      ],
    ],
    [
      'under a French About us, a sentence that addresses the candidate or says what the work uses counts',
      "Qui sommes nous ?\nNous sommes un cabinet de conseil reconnu.\nVous participez à la mise en œuvre des solutions Big Data.\nUtilisation d'outillage DevOps en production.",
      [
        ['big-data', 'mentioned'],
        ['devops', 'mentioned'],
      ],
    ],
    [
      "a heading that names the company's stack makes its items mentioned, inside the requirements too; the requirements after the next heading are asked",
      'Our Core tech stack\nNext.js\nDocker\nRequirements\n- Experience with Kafka\nOur stack:\n- Kubernetes\n- Terraform\nWho are we looking for?\nYou know SCSS well.',
      [
        ['nextjs', 'mentioned'],
        ['docker', 'mentioned'],
        ['kafka', 'required'],
        ['kubernetes', 'mentioned'],
        ['terraform', 'mentioned'],
        ['sass', 'required'],
      ],
    ],
    [
      'a stack heading that asks for the stack keeps its items asked',
      'Requirements\n- Experience with Kafka\nRequired stack:\n- Kubernetes\nTech stack you should know:\n- Terraform',
      [
        ['kafka', 'required'],
        ['kubernetes', 'required'],
        ['terraform', 'required'],
      ],
    ],
    [
      'colleagues named by their practice are not an ask; the practice used on the work is',
      'Responsibilities\n- Ship features in close cooperation with product management and data science.\n- Work closely with machine learning models in production.',
      [
        ['product-management', undefined],
        ['data-science', undefined],
        ['machine-learning', 'mentioned'],
      ],
    ],
  ])('%s', (_why, text, expected: (string | undefined)[][]) => {
    const analysis = analyzeText(`Backend Engineer\n${text}`, { isJobPosting: true });
    for (const [id, importance] of expected)
      expect([id, importanceOf(analysis, id ?? '')]).toEqual([id, importance]);
  });
});

describe('perks the company offers', () => {
  it('a soft skill the company offers is a perk; the same skill asked of the candidate counts', () => {
    const text =
      'Backend Engineer\nWe offer a fast-paced environment and give you the tools to grow.\nYou thrive in a fast-paced environment.';
    const found = analyzeText(text, { isJobPosting: true }).requirements.find(
      (r) => r.id === 'stress-management',
    );
    expect(found?.mentions.map((m) => m.start)).toEqual([text.lastIndexOf('fast-paced')]);
  });
});

describe('findYearsPhrases', () => {
  it.each([
    ['5+ years of experience', 5],
    ['3-5 years', 3],
    ['3–5 yrs', 3],
    ['minimum three years', 3],
    ['at least two years', 2],
    ['mindestens 3 Jahre Erfahrung', 3],
    ['au moins 2 ans', 2],
  ])('reads %j as %i', (text, years) => {
    expect(findYearsPhrases(text).map((p) => p.years)).toEqual([years]);
  });

  it.each([['founded 50 years ago'], ['0 years'], ['a 20 years old company'], ['in 2020']])(
    'ignores %j',
    (text) => {
      expect(findYearsPhrases(text)).toEqual([]);
    },
  );
});

describe('analyzeText', () => {
  const posting = [
    'Senior Data Engineer',
    'About us',
    'We are a fintech using Kafka.',
    'Responsibilities',
    '• Build pipelines with Airflow',
    'Requirements:',
    '• 5+ years of experience in data engineering',
    '• 3+ years with Python and SQL',
    '• Cloud platforms (AWS preferred), Docker',
    '• One or more of: Scala, Java, or Go',
    '• Terraform is a plus',
    '• Fluent English; German is a plus',
    "• Bachelor's degree in Computer Science",
    'Nice to have',
    '• Kubernetes',
    'Benefits',
    '• Remote-first, home office budget',
  ].join('\n');
  const analysis = analyzeText(posting);

  it('is schema-valid and keeps the text as given', () => {
    expect(AnalysisSchema.parse(analysis).text).toBe(posting);
    for (const r of analysis.requirements)
      for (const m of r.mentions) expect(posting.slice(m.start, m.end)).toBe(m.text);
  });

  it.each([
    ['python', 'required'],
    ['docker', 'required'],
    ['aws', 'preferred'],
    ['terraform', 'preferred'],
    ['kubernetes', 'preferred'],
    ['airflow', 'mentioned'],
    ['kafka', 'mentioned'],
  ])('reads %s as %s', (id, importance) => {
    expect(importanceOf(analysis, id)).toBe(importance);
  });

  it('groups "one or more of" alternatives', () => {
    const group = analysis.groups.find((g) => g.requirementIds.includes('scala'));
    expect(group?.requirementIds.sort()).toEqual(['go', 'java', 'scala']);
  });

  it('reads years overall and per skill', () => {
    expect(analysis.minYears).toBe(5);
    expect(analysis.requirements.find((r) => r.id === 'python')?.years).toBe(3);
  });

  it('reads seniority, degree, languages and remote work', () => {
    expect(analysis.seniority).toBe('senior');
    expect(analysis.degree).toBe("Bachelor's");
    expect(analysis.spokenLanguages).toEqual(expect.arrayContaining(['English', 'German']));
    expect(analysis.posting.remote).toBe(true);
    expect(analysis.posting.title).toBe('Senior Data Engineer');
  });

  it('does not make the title a requirement', () => {
    expect(
      analysis.requirements.some((r) => r.mentions.some((m) => m.start < 'Senior Data Engineer'.length)),
    ).toBe(false);
  });

  it('reads clause years: "3 years required; 5 preferred"', () => {
    expect(analyzeText('Requirements\n3 years required; 5 years preferred of backend work').minYears).toBe(3);
  });

  it('takes a "Job description" heading as a posting\'s, however few skills its prose names', () => {
    const prose =
      'We look first and foremost for people who are passionate about solving problems for our clients.\nYou will apply your depth of knowledge to every part of the software development lifecycle and to business analysis.';
    expect(analyzeText(`Job description\n${prose}`).isJobPosting).toBe(true);
    expect(analyzeText(`Our story\n${prose}`).isJobPosting).toBe(false);
  });

  it('drops a skill in the name of a unit the candidate joins, not the same skill on the work', () => {
    const text =
      'Mobile Engineer\nResponsibilities\n- As a member of the iOS Mobile Development team you ship features.\n- Build iOS apps in Swift.';
    const ios = analyzeText(text, { isJobPosting: true }).requirements.find((r) => r.id === 'ios');
    expect(ios?.mentions.map((m) => m.start)).toEqual([text.lastIndexOf('iOS')]);
  });

  it('says a short non-posting is not a job posting', () => {
    const result = analyzeText('Hello world, this is my holiday blog.');
    expect(result.isJobPosting).toBe(false);
    expect(result.requirements).toEqual([]);
  });
});

describe('analyzeText on German and French postings', () => {
  it.each([
    [
      'Backend-Entwickler (m/w/d)\nDeine Aufgaben\n• Du entwickelst Services mit Kotlin\nWas du mitbringst\n• Mindestens 3 Jahre Erfahrung mit Java und Spring Boot\n• Sehr gute Deutsch- und Englischkenntnisse\nWünschenswert\n• Kenntnisse in Kubernetes',
      { java: 'required', 'spring-boot': 'required', kubernetes: 'preferred', kotlin: 'mentioned' },
      3,
    ],
    [
      'Data Engineer H/F\nVos missions\n• Développer des pipelines avec Airflow et Kafka\nProfil recherché\n• Au moins 2 ans d’expérience avec Python et SQL\n• Connaissance des technologies Cloud sont un plus (AWS/GCP)\nUn plus\n• Terraform',
      { python: 'required', aws: 'preferred', terraform: 'preferred', airflow: 'mentioned' },
      2,
    ],
  ])('reads sections and clauses of %j', (text, expected, years) => {
    const analysis = analyzeText(text);
    for (const [id, importance] of Object.entries(expected))
      expect([id, importanceOf(analysis, id ?? '')]).toEqual([id, importance]);
    expect(
      analysis.minYears ?? analysis.requirements.find((r) => r.id === 'java' || r.id === 'python')?.years,
    ).toBe(years);
  });
});
